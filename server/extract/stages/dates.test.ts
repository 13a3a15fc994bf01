import { contextOf } from '../test-helpers.js';
import { resolveDates } from './dates.js';
import type { Lang } from '../../domain/country/countries.js';

function dates(text: string, lang: Lang, published: string) {
  const ctx = resolveDates(contextOf(`Title\n${text}`, lang, published));
  return { found: ctx.dates.map((d) => (d.endDate ? `${d.date}..${d.endDate}` : d.date)), warnings: ctx.warnings.map((w) => w.code), anchor: ctx.anchor };
}

describe('dates', () => {
  test('a Japanese month and day without a year take the publication year, or the year before when still to come', () => {
    expect(dates('4月2日に会談した。', 'ja', '2024-04-03').found).toEqual(['2024-04-02']);
    expect(dates('12月28日に会談した。', 'ja', '2024-01-05').found).toEqual(['2023-12-28']);
  });

  test('relative Japanese days and year words', () => {
    expect(dates('昨年11月3日と先月9日に協議した。', 'ja', '2024-03-10').found).toEqual(['2023-11-03', '2024-02-09']);
    expect(dates('昨年は2月と8月に開かれた。', 'ja', '2024-03-10').found).toEqual(['2023-02', '2023-08']);
    expect(dates('8~9日に対話を行った。', 'ja', '2024-03-10').found).toEqual(['2024-03-08..2024-03-09']);
  });

  test('a day the month does not have is flagged and never emitted', () => {
    const r = dates('先月30日に会談した。', 'ja', '2024-03-10');
    expect(r.found).toEqual(['']);
    expect(r.warnings).toEqual(['impossible-date']);
  });

  test('Spanish weekdays and months resolved against publication', () => {
    expect(dates('El ministro llegó este martes.', 'es', '2024-05-09').found).toEqual(['2024-05-07']);
    expect(dates('Lo visitó el pasado octubre.', 'es', '2024-05-09').found).toEqual(['2023-10']);
    expect(dates('La cumbre será el próximo diciembre.', 'es', '2024-05-09').found).toEqual(['2024-12']);
    expect(dates('Firmaron el acuerdo ayer.', 'es', '2024-05-09').found).toEqual(['2024-05-08']);
  });

  test('English ranges, weekdays and periods', () => {
    expect(dates('The visit runs from March 3 to March 5.', 'en', '2024-03-04').found).toEqual(['2024-03-03..2024-03-05']);
    expect(dates('They met on Tuesday.', 'en', '2024-03-08').found).toEqual(['2024-03-05']);
    expect(dates('It was signed last year.', 'en', '2024-03-08').found).toEqual(['2023']);
    expect(dates('They will travel in two weeks.', 'en', '2024-03-08').found).toEqual(['2024-03-22']);
  });

  test('the anchor is the first recent full date, else the publication day', () => {
    expect(dates('ROMA, 3 mar (Agencia) -- Los ministros se reunieron.', 'es', '2024-03-04').anchor).toBe('2024-03-03');
    expect(dates('Los ministros se reunieron.', 'es', '2024-03-04').anchor).toBe('2024-03-04');
  });
});
