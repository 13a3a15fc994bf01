// Property tests over the extractor's input: any unicode text (mixed scripts, controls, astral
// characters, pieces of real-looking sentences) either extracts or fails with ExtractError;
// every evidence span lies inside the text and quotes it; every date is a real calendar date.
import fc from 'fast-check';
import { partialDateProblem } from '../../server/domain/dates/partial-date.js';
import { Interchange } from '../../server/domain/interchange/schema.js';
import { ExtractError, extractArticle } from '../../server/extract/index.js';
import { dayDate } from './interchange.arbitraries.js';

// Our own sentences, so arbitrary text around them still reaches the event stages.
const FRAGMENTS = [
  'Finnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm in Helsinki on Tuesday.',
  'The foreign ministers of Chile and Peru signed a trade agreement on 2 May.',
  '日本とベトナムの外相は１１日、東京で会談した。',
  '両国は防衛協力に関する覚書に署名した。',
  'La canciller mexicana se reunió el jueves en Bogotá con su homólogo colombiano.',
  'Ambos firmaron un memorando de entendimiento el 31 de febrero.',
  'President of Kenya visits Norway', '先月31日', 'on 30 February', '\n\n', '。', ' — ', '\u200B', '\uFEFF', '\u202E', '\r\n',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 5 }) },
);
const article = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const lang = fc.constantFrom(undefined, 'en', 'ja', 'es');

test('extractArticle never throws anything but ExtractError, and what it returns is sound', () => {
  let extracted = 0;
  let events = 0;
  fc.assert(
    fc.property(article, dayDate, lang, (text, published, l) => {
      let out;
      try {
        out = extractArticle(text, { published, lang: l });
      } catch (err) {
        expect(err).toBeInstanceOf(ExtractError);
        return;
      }
      extracted++;
      expect(Interchange.safeParse(out).success).toBe(true);
      for (const e of out.events) {
        events++;
        for (const d of [e.date, e.endDate]) if (d) expect([d, partialDateProblem(d)]).toEqual([d, null]);
        for (const ev of e.evidence) {
          expect(ev.start).toBeGreaterThanOrEqual(0);
          expect(ev.end).toBeGreaterThanOrEqual(ev.start);
          expect(ev.end).toBeLessThanOrEqual(text.length);
          if (ev.quote !== undefined) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        }
      }
      for (const w of out.warnings ?? []) {
        if (w.start !== undefined) expect(w.start).toBeGreaterThanOrEqual(0);
        if (w.end !== undefined) expect(w.end).toBeLessThanOrEqual(text.length);
      }
    }),
    { numRuns: 150 },
  );
  // The generator does reach the event stages, or the properties above say little.
  expect(extracted).toBeGreaterThan(40);
  expect(events).toBeGreaterThan(10);
}, 60_000);
