import { findCountries } from './countries.js';
import { foldAccents } from './normalise.js';

const codes = (text: string, lang: 'ja' | 'es' | 'en') => findCountries(foldAccents(text), lang).map((c) => c.code);

describe('countries', () => {
  test('Japanese compounds of one-character abbreviations', () => {
    expect(codes('日米豪印の首脳が集まった。', 'ja')).toEqual(['JP', 'US', 'AU', 'IN']);
    expect(codes('米中関係と日韓関係', 'ja')).toEqual(['US', 'CN', 'JP', 'KR']);
  });

  test('日 after a number is a day, 中 inside ordinary words is not China', () => {
    expect(codes('会議は25日米国で開かれる。', 'ja')).toEqual(['US']);
    expect(codes('年中無休で、会期中に決めた。', 'ja')).toEqual([]);
    expect(codes('米中間選挙の結果', 'ja')).toEqual([]);
  });

  test('one abbreviation joined by ・ to a country or organisation name', () => {
    expect(codes('日・ベトナム首脳会談と日・ASEAN', 'ja')).toEqual(['JP', 'VN', 'JP']);
  });

  test('one abbreviation before a title or after a visit prefix', () => {
    expect(codes('英首相が訪日した。', 'ja')).toEqual(['GB', 'JP']);
    expect(codes('米の価格が上がった。', 'ja')).toEqual([]);
  });

  test('katakana names do not match inside longer words, and listed regions are not countries', () => {
    expect(codes('インドネシアとインド', 'ja')).toEqual(['ID', 'IN']);
    expect(codes('インド太平洋の安定', 'ja')).toEqual([]);
    expect(codes('the Indo-Pacific and India', 'en')).toEqual(['IN']);
  });

  test('a portfolio ("…担当") is not a party', () => {
    expect(codes('欧州担当の次官補がフランスを訪れた。', 'ja')).toEqual(['FR']);
  });

  test('Spanish names, demonyms and capitals; English demonyms', () => {
    const es = findCountries(foldAccents('El presidente peruano viajó a Pekín y luego a Corea del Sur.'), 'es');
    expect(es.map((c) => [c.code, c.via])).toEqual([['PE', 'demonym'], ['CN', 'capital'], ['KR', 'name']]);
    expect(codes('A Kenyan minister met Norwegian officials in Oslo.', 'en')).toEqual(['KE', 'NO', 'NO']);
  });
});
