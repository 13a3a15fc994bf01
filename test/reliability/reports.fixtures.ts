// Small interchange documents for the write-path suites: report i is one news document that
// reports one of a few shared meetings and pacts, so documents overlap (several documents cite
// the same event) and every load has merging to do. Deterministic: the same i, the same bytes.
import { hashOf } from '../../server/domain/ids.js';
import type { InterchangeInput } from '../../server/domain/interchange/schema.js';

const PAIRS = [['FI', 'EE'], ['CL', 'PE'], ['JP', 'VN'], ['MX', 'CO'], ['KE', 'TZ'], ['PL', 'LT'], ['AR', 'UY'], ['MA', 'SN']];

export const reportDocId = (i: number, tag = 'report') => `doc:${hashOf(tag, String(i)).slice(0, 24)}`;

/** One document; its meeting and pact are shared with every report whose index has the same value mod `shared`. */
export function report(i: number, { shared = 6, tag = 'report' }: { shared?: number; tag?: string } = {}): InterchangeInput {
  const k = i % shared;
  const [a, b] = PAIRS[k % PAIRS.length];
  const day = String(1 + k).padStart(2, '0');
  const id = reportDocId(i, tag);
  const text = `Report ${tag} ${i}: the foreign ministers of ${a} and ${b} met on 2024-03-${day} and signed a cooperation memorandum.`;
  return {
    documents: [{ id, title: `Report ${tag} ${i}`, lang: 'en', published: `2024-04-${day}`, source: { name: 'Reliability wire' }, text }],
    events: [
      { type: 'meeting', kind: 'talks', date: `2024-03-${day}`, place: a, participants: [{ type: 'country', code: a }, { type: 'country', code: b }], evidence: [{ documentId: id, start: 0, end: 60, quote: text.slice(0, 60), rule: 'test' }] },
      { type: 'pact', kind: 'mou', date: `2024-03-${day}`, names: [`Cooperation memorandum ${a}-${b}`], participants: [{ type: 'country', code: a }, { type: 'country', code: b }], evidence: [{ documentId: id, start: 60, end: text.length, rule: 'test' }] },
    ],
  };
}
