import type { ArticleContext, DraftEvent, PersonMention } from '../types.js';
import { mergeDuplicates } from './dedupe.js';

const person = (name: string, country: string): PersonMention => ({ start: 0, end: 1, name, aliases: [], country, role: null, category: null, rule: 't' });
function event(over: Partial<DraftEvent>): DraftEvent {
  return { type: 'meeting', kind: 'talks', status: 'held', countries: ['AR', 'CL'], organizations: [], persons: [], date: '2024-05-03', endDate: null, dateExplicit: true, place: null, placeName: null, names: [], evidence: [{ start: 0, end: 5, rule: 'r' }], sentence: 0, ...over };
}
const merged = (events: DraftEvent[]) => mergeDuplicates({ events } as ArticleContext).events;

describe('dedupe', () => {
  test('two mentions of the same meeting become one, keeping the explicit date and both pieces of evidence', () => {
    const out = merged([event({ date: '2024-05-08', dateExplicit: false }), event({ kind: 'summit', sentence: 2 })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'summit', date: '2024-05-03' });
    expect(out[0].evidence).toHaveLength(2);
  });

  test('different explicit days, different officials of one state, a call and a meeting stay apart', () => {
    expect(merged([event({}), event({ date: '2024-05-04' })])).toHaveLength(2);
    expect(merged([event({ persons: [person('Ana Vera', 'CL')] }), event({ persons: [person('Luis Rey', 'CL')] })])).toHaveLength(2);
    expect(merged([event({ kind: 'call' }), event({})])).toHaveLength(2);
    expect(merged([event({ status: 'planned' }), event({})])).toHaveLength(2);
  });

  test('a meeting with one party lends its persons to the event just before, or is dropped', () => {
    const out = merged([event({}), event({ countries: ['CL'], persons: [person('Ana Vera', 'CL')], sentence: 1 }), event({ countries: ['PE'], sentence: 5 })]);
    expect(out).toHaveLength(1);
    expect(out[0].persons.map((p) => p.name)).toEqual(['Ana Vera']);
  });

  test('pacts merge on parties; a generic "agreement" folds into the specific kind', () => {
    const out = merged([event({ type: 'pact', kind: 'agreement', status: 'referenced', date: null, dateExplicit: false }), event({ type: 'pact', kind: 'mou', status: 'signed' })]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'mou', status: 'signed', date: '2024-05-03' });
  });
});
