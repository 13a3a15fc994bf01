import { planWrites } from './plan.js';
import { interchangeFromRows } from './from-batch.js';
import { Interchange } from './schema.js';
import { documentIdOf } from '../ids.js';

const text = 'Japan and Vietnam held a summit in Hanoi on 5 May. Both sides reaffirmed their partnership.';
const docId = documentIdOf(text);
const sample = () => Interchange.parse({
  documents: [{ id: docId, title: 'Summit', lang: 'en', published: '2024-05-06', text }],
  entities: { persons: [{ name: 'Taro Example', aliases: ['例太郎'], country: 'JP', affiliations: [{ country: 'JP', role: 'Prime Minister' }] }] },
  events: [
    { type: 'meeting', kind: 'summit', date: '2024-05-05', place: 'VN', participants: [{ type: 'country', code: 'VN' }, { type: 'person', name: '例太郎', country: 'JP' }], evidence: [{ documentId: docId, start: 0, end: 50 }] },
    { type: 'pact', kind: 'partnership', date: null, status: 'referenced', names: ['Comprehensive Strategic Partnership'], participants: [{ type: 'country', code: 'JP' }, { type: 'country', code: 'VN' }], evidence: [{ documentId: docId, start: 51, end: 91 }] },
  ],
});

describe('planWrites', () => {
  test('one batch per document, persons resolved through aliases, countries of persons become actors', () => {
    const [batch, ...rest] = planWrites(sample());
    expect(rest).toHaveLength(0);
    expect(batch.document?.id).toBe(docId);
    expect(batch.persons).toHaveLength(1);
    expect(batch.persons[0].name).toBe('Taro Example');
    expect(batch.attended.map((a) => a.entity).sort()).toEqual(['country:JP', 'country:VN', batch.persons[0].id].sort());
    expect(batch.ties.map((t) => [t.a, t.b, t.relation])).toEqual([['country:JP', 'country:VN', 'met'], ['country:JP', 'country:VN', 'pact']]);
  });
  test('an undated pact counts from the publication date and stays in force', () => {
    const [batch] = planWrites(sample());
    expect(batch.pacts[0]).toMatchObject({ dateFrom: '2024-05-06', dateTo: '9999-12-31', dateKnown: false, precision: 'unknown' });
  });
  test('ids are deterministic', () => {
    expect(planWrites(sample())[0].meetings[0].id).toBe(planWrites(sample())[0].meetings[0].id);
  });
  test('rows convert back to an equivalent interchange document', () => {
    const [batch] = planWrites(sample());
    const back = Interchange.parse(interchangeFromRows(batch));
    const [again] = planWrites(back);
    expect(again.meetings).toEqual(batch.meetings);
    expect(again.pacts).toEqual(batch.pacts);
    expect(again.ties).toEqual(batch.ties);
    expect(new Set(again.attended.map((a) => a.entity))).toEqual(new Set(batch.attended.map((a) => a.entity)));
  });
});
