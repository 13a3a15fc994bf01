import { contextOf } from '../test-helpers.js';

describe('segment', () => {
  test('Japanese sentences end at 。 and not inside "D.C."', () => {
    const ctx = contextOf('見出しの行\n5日、ワシントンD.C.で両外相が会談した。その後、共同声明を出した。', 'ja');
    expect(ctx.sentences.map((s) => s.text)).toEqual(['見出しの行', '5日、ワシントンD.C.で両外相が会談した。', 'その後、共同声明を出した。']);
  });

  test('English abbreviations do not end a sentence', () => {
    const ctx = contextOf('A headline\nThe U.S. envoy met Dr. Lee in Seoul. They spoke for an hour.', 'en');
    expect(ctx.sentences.map((s) => s.text)).toEqual(['A headline', 'The U.S. envoy met Dr. Lee in Seoul.', 'They spoke for an hour.']);
  });

  test('the first line and short unpunctuated lines are headlines; body sentences are not', () => {
    const ctx = contextOf('Los cancilleres firman un acuerdo\nNoticias breves\nEl canciller llegó a Lima el lunes y se reunió con su homólogo.', 'es');
    expect(ctx.sentences.map((s) => s.headline)).toEqual([true, true, false]);
  });

  test('sentence offsets point into the normalised text', () => {
    const ctx = contextOf('Título\nPrimera frase. Segunda frase.', 'es');
    for (const s of ctx.sentences) expect(ctx.norm.slice(s.start, s.end)).toBe(s.text);
  });
});
