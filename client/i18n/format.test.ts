import { formatDate, formatMonth, formatNumber, t } from './i18n.js';

describe('Intl formatting in the interface language', () => {
  test('full dates in each language', () => {
    expect(formatDate('2024-03-25', 'ja')).toBe('2024年3月25日');
    expect(formatDate('2024-03-25', 'es')).toBe('25 de marzo de 2024');
    expect(formatDate('2024-03-25', 'en')).toBe('25 March 2024');
  });

  test('partial dates keep their precision', () => {
    expect(formatDate('2024-03', 'ja')).toBe('2024年3月');
    expect(formatDate('2024', 'es')).toBe('2024');
    expect(formatMonth('2010-06', 'en')).toBe('Jun 2010');
  });

  test('numbers and plurals', () => {
    expect(formatNumber(12345.5, {}, 'es')).toBe('12.345,5');
    expect(t('counts.nodes', { count: 1, n: '1' })).toBe('1 node');
    expect(t('counts.nodes', { count: 3, n: '3' })).toBe('3 nodes');
  });
});
