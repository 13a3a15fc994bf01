import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  test('kana settle Japanese at once', () => {
    expect(detectLanguage('両首脳は東京で会談した。')).toEqual({ lang: 'ja' });
  });

  test('short English and Spanish texts are not taken for a nearby dialect', () => {
    expect(detectLanguage('Title line\nThe Kenyan and Ghanaian foreign ministers held talks in Accra on Monday.')).toEqual({ lang: 'en' });
    expect(detectLanguage('El canciller llegó a Quito el lunes y se reunió con su homóloga.')).toEqual({ lang: 'es' });
  });

  test('other languages are reported as unsupported with their code', () => {
    expect(detectLanguage('Le ministre français a rencontré son homologue allemand à Berlin pour parler de la coopération européenne.')).toEqual({ unsupported: 'fra' });
  });
});
