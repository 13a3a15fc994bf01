import { contextOf } from '../test-helpers.js';
import { recogniseCountries } from './countries.js';
import { recogniseOrganizations } from './organizations.js';
import { recognisePersons } from './persons.js';
import type { Lang } from '../../domain/country/countries.js';

function persons(text: string, lang: Lang, published = '2024-05-20') {
  const ctx = recognisePersons(recogniseOrganizations(recogniseCountries(contextOf(`見出し\n${text}`, lang, published))));
  return ctx.persons.map((p) => ({ name: p.name, country: p.country, rule: p.rule }));
}

describe('persons', () => {
  test('an unknown official gets a name and the country written before the name', () => {
    expect(persons('ロシアのイワン・ペトロフ国防相が到着した。', 'ja')).toEqual([expect.objectContaining({ name: 'イワン・ペトロフ', country: 'RU' })]);
    expect(persons('タナカ・ケン・インド首相が演説した。', 'ja')).toEqual([expect.objectContaining({ name: 'タナカ・ケン', country: 'IN' })]);
  });

  test('a title can imply the country (国務長官 is American)', () => {
    expect(persons('ジョン・スミス国務長官は語った。', 'ja')[0]).toMatchObject({ name: 'ジョン・スミス', country: 'US' });
  });

  test('English and Spanish titles before the name, with the country adjective', () => {
    expect(persons('Brazilian Foreign Minister Joana Duarte arrived on Monday.', 'en')[0]).toMatchObject({ name: 'Joana Duarte', country: 'BR' });
    expect(persons('El canciller peruano, Luis Ramos, llegó el lunes.', 'es')[0]).toMatchObject({ name: 'Luis Ramos', country: 'PE' });
    expect(persons('El presidente de Chile, Ana Soto, viajó.', 'es')[0]).toMatchObject({ name: 'Ana Soto', country: 'CL' });
  });

  test('gazetteer officials in any script, then their surname alone', () => {
    const found = persons('ブリンケン国務長官は21日に到着した。その後、ブリンケン氏は会見した。', 'ja', '2023-06-01');
    expect(found.map((p) => p.name)).toEqual(['Antony Blinken', 'Antony Blinken']);
    expect(found[0].country).toBe('US');
  });

  test('a one-word form counts only for an official in office at publication', () => {
    expect(persons('Kerry spoke to reporters.', 'en', '2014-03-01').map((p) => p.name)).toEqual(['John Kerry']);
    expect(persons('Kerry spoke to reporters.', 'en', '2022-03-01')).toEqual([]);
  });

  test('a bare title refers back to the person named with it', () => {
    const found = persons('President Joana Duarte of Brazil arrived. The President then left.', 'en');
    expect(found.filter((p) => p.name === 'Joana Duarte').length).toBeGreaterThanOrEqual(1);
  });
});
