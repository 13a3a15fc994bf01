import { partialDateProblem, spanOf, PartialDate } from './partial-date.js';

describe('partial dates', () => {
  test('accepts real dates at each precision', () => {
    for (const d of ['2024', '2024-02', '2024-02-29', '2025-12-31']) expect(partialDateProblem(d)).toBeNull();
  });
  test('rejects impossible calendar dates with a reason', () => {
    expect(partialDateProblem('2025-02-29')).toMatch(/not a calendar date/);
    expect(partialDateProblem('2025-11-31')).toMatch(/30 days/);
    expect(partialDateProblem('2025-13')).toMatch(/month 13/);
    expect(PartialDate.safeParse('2025-02-30').success).toBe(false);
    expect(PartialDate.safeParse('25-02-03').success).toBe(false);
  });
  test('spans widen partial dates to whole months and years', () => {
    expect(spanOf('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(spanOf('2023', '2024-03')).toEqual({ from: '2023-01-01', to: '2024-03-31' });
  });
});
