import { contextOf } from '../test-helpers.js';
import { foldAccents, normaliseText } from './normalise.js';

describe('normalise', () => {
  test('NFKC folds full-width forms and keeps a map back to the original offsets', () => {
    const original = 'ＡＢＣ外相は２０日に会った。';
    const { norm, toOriginal } = normaliseText(original);
    expect(norm).toBe('ABC外相は20日に会った。');
    const at = norm.indexOf('20');
    expect(original.slice(toOriginal[at], toOriginal[at + 2])).toBe('２０');
  });

  test('a ligature that expands keeps pointing at its source character', () => {
    const { norm, toOriginal } = normaliseText('a\ufb01b');
    expect(norm).toBe('afib');
    expect(toOriginal.slice(0, 4)).toEqual([0, 1, 1, 2]);
  });

  test('accent folding keeps the length', () => {
    expect(foldAccents('Japón y Perú')).toBe('Japon y Peru');
    expect(foldAccents('Japón y Perú')).toHaveLength('Japón y Perú'.length);
  });

  test('drops image file names, photo credits, repeated paragraphs and what follows a related-news block', () => {
    const text = ['Title line', 'The ministers met in Oslo.', 'ministers-oslo.jpg', 'The two ministers shook hands. Photo: Agency', 'The ministers met in Oslo.', 'Related articles', 'Leaders meet in Rome'].join('\n');
    const ctx = contextOf(text, 'en');
    const kept = ctx.sentences.map((s) => s.text);
    expect(kept).toEqual(['Title line', 'The ministers met in Oslo.', 'The two ministers shook hands.']);
    expect(ctx.dropped.map((d) => d.rule)).toEqual(expect.arrayContaining(['normalise.image-file', 'normalise.photo-credit', 'normalise.repeated-paragraph', 'normalise.end-of-article']));
  });

  test('navigation lines are removed', () => {
    const ctx = contextOf('メインメニューへスキップ\n両外相は会談した。\nトップへ戻る', 'ja');
    expect(ctx.sentences.map((s) => s.text)).toEqual(['両外相は会談した。']);
  });
});
