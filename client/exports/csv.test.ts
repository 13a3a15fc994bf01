import { csvCell, parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  test('quotes commas, quotes and line breaks and reads back the same', () => {
    const rows = [{ id: 'a', label: 'Smith, "Jr"\nline two', weight: 3, kinds: ['trade', 'defense'] }];
    const text = toCsv(['id', 'label', 'weight', 'kinds'], rows);
    expect(parseCsv(text)).toEqual([['id', 'label', 'weight', 'kinds'], ['a', 'Smith, "Jr"\nline two', '3', 'trade;defense']]);
  });

  test('disarms spreadsheet formulas in text but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
  });

  test('non-Latin names pass through unchanged', () => {
    expect(parseCsv(toCsv(['label'], [{ label: 'ベトナム' }]))[1]).toEqual(['ベトナム']);
  });
});
