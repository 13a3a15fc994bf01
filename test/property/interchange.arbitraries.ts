// fast-check arbitraries for interchange documents that the schema accepts: a few documents,
// meetings and pacts between real countries, persons with names in any script, partial dates,
// evidence citing the documents. Kept small so a run stays in milliseconds.
import fc from 'fast-check';
import { MEETING_KINDS, PACT_KINDS } from '../../server/domain/event/schema.js';
import type { InterchangeInput } from '../../server/domain/interchange/schema.js';

export const COUNTRIES = ['JP', 'US', 'CN', 'VN', 'FI', 'EE', 'CL', 'PE', 'MX', 'CO', 'KE', 'NO', 'SE', 'BR', 'AR', 'IN', 'AU', 'DE', 'FR', 'GB'];

const DAY0 = Date.UTC(1950, 0, 1);
const DAYS = 365 * 80;
export const dayDate = fc.integer({ min: 0, max: DAYS }).map((d) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10));
export const partialDate = fc.oneof({ weight: 3, arbitrary: dayDate }, dayDate.map((d) => d.slice(0, 7)), dayDate.map((d) => d.slice(0, 4)));
/** Any text, any script, including controls and astral characters. */
export const anyText = (maxLength = 30) => fc.string({ unit: 'binary', minLength: 1, maxLength });
const hex = fc.stringMatching(/^[0-9a-f]{24}$/);
const country = fc.constantFrom(...COUNTRIES);
const countries = fc.uniqueArray(country, { minLength: 1, maxLength: 4 });

const person = fc.record({ type: fc.constant('person' as const), name: anyText(20), country: fc.option(country, { nil: null }), role: fc.option(anyText(15), { nil: null }) });

const evidence = (docIds: string[]) =>
  fc.tuple(fc.constantFrom(...docIds), fc.nat(500), fc.nat(200), fc.option(anyText(40), { nil: undefined }), fc.option(fc.constantFrom('rule-a', 'rule-b'), { nil: undefined }))
    .map(([documentId, start, len, quote, rule]) => ({ documentId, start, end: start + len, quote, rule }));

const meeting = (docIds: string[]) =>
  fc.record({
    type: fc.constant('meeting' as const),
    kind: fc.constantFrom(...MEETING_KINDS),
    status: fc.constantFrom('held' as const, 'planned' as const),
    date: fc.option(partialDate, { nil: null }),
    title: fc.option(anyText(), { nil: null }),
    place: fc.option(country, { nil: null }),
    placeName: fc.option(anyText(), { nil: null }),
    countries,
    persons: fc.array(person, { maxLength: 2 }),
    evidence: fc.array(evidence(docIds), { maxLength: 2 }),
  }).map(({ countries: cs, persons, ...e }) => ({ ...e, participants: [...cs.map((code) => ({ type: 'country' as const, code })), ...persons] }));

const pact = (docIds: string[]) =>
  fc.record({
    type: fc.constant('pact' as const),
    kind: fc.constantFrom(...PACT_KINDS),
    status: fc.constantFrom('signed' as const, 'agreed' as const, 'negotiating' as const),
    date: fc.option(partialDate, { nil: null }),
    names: fc.array(anyText(), { maxLength: 2 }),
    obligations: fc.uniqueArray(fc.constantFrom('defense', 'consultation', 'trade'), { maxLength: 2 }),
    countries: fc.uniqueArray(country, { minLength: 2, maxLength: 5 }),
    evidence: fc.array(evidence(docIds), { maxLength: 2 }),
  }).map(({ countries: cs, ...e }) => ({ ...e, participants: cs.map((code) => ({ type: 'country' as const, code })) }));

export const interchangeDoc: fc.Arbitrary<InterchangeInput> = fc.uniqueArray(hex, { minLength: 1, maxLength: 3 }).chain((hexes) => {
  const ids = hexes.map((h) => `doc:${h}`);
  return fc.record({
    documents: fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), title: anyText(), lang: fc.constantFrom('en' as const, 'ja' as const, 'es' as const), published: dayDate, source: fc.record({ name: anyText() }) }))),
    events: fc.array(fc.oneof(meeting(ids), pact(ids)), { minLength: 1, maxLength: 6 }),
  });
});
