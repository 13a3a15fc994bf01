import { periodCount, periodsOf } from './periods.js';

describe('periodsOf', () => {
  test('years: one period per calendar year, inclusive', () => {
    expect(periodsOf('2000', '2003', 'year').map((p) => p.period)).toEqual(['2000', '2001', '2002', '2003']);
    expect(periodsOf('2000-06-15', '2001-02', 'year')).toEqual([{ period: '2000', from: '2000', to: '2000' }, { period: '2001', from: '2001', to: '2001' }]);
  });

  test('months: whole years expand to January…December; month ends are kept', () => {
    expect(periodsOf('2000', '2000', 'month').map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2000-${String(i + 1).padStart(2, '0')}`));
    expect(periodsOf('1999-11', '2000-02-10', 'month').map((p) => p.period)).toEqual(['1999-11', '1999-12', '2000-01', '2000-02']);
  });

  test('periodCount agrees with periodsOf', () => {
    for (const [f, t, b] of [['2000', '2024', 'year'], ['1999-11', '2000-02', 'month'], ['2010', '2012', 'month'], ['2005', '2004', 'year']] as const) {
      expect(periodCount(f, t, b)).toBe(periodsOf(f, t, b).length);
    }
  });
});
