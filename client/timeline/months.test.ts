import { indexOf, monthEnd, monthLabel, monthsBetween, playStep, stepWindow } from './months.js';

describe('timeline months', () => {
  test('months between two dates, inclusive, across years', () => {
    expect(monthsBetween('2023-11-15', '2024-02-01')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024', '2024')).toHaveLength(12);
  });

  test('month ends know leap years', () => {
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2024-12')).toBe('2024-12-31');
  });

  test('index of a date clamps to the range', () => {
    const months = monthsBetween('2024-01', '2024-06');
    expect(indexOf(months, '2024-03-09', 0)).toBe(2);
    expect(indexOf(months, '1999-01-01', 5)).toBe(0);
    expect(indexOf(months, '2030-01-01', 0)).toBe(5);
    expect(indexOf(months, undefined, 4)).toBe(4);
  });

  test('stepping a window keeps its width and stops at the end', () => {
    const months = monthsBetween('2024-01', '2024-04');
    expect(stepWindow(months, 0, 1)).toEqual([1, 2]);
    expect(stepWindow(months, 2, 3)).toBeNull();
    expect(stepWindow(months, 0, 1, 5)).toEqual([2, 3]);
    expect(playStep(924)).toBe(12);
    expect(playStep(10)).toBe(1);
    expect(monthLabel('2024-03')).toBe('Mar 2024');
  });

  test('a malformed date is reported by name', () => {
    expect(() => monthsBetween('March', '2024-01')).toThrow(/"March" is not a date/);
  });
});
