// Property tests over the interchange schema: any valid document is written by planWrites into
// a real embedded store exactly as planned and exports back to an equivalent document; any
// document broken in one place is rejected with an issue naming that place.
import fc from 'fast-check';
import { hashOf } from '../../server/domain/ids.js';
import { interchangeFromRows } from '../../server/domain/interchange/from-batch.js';
import { dedupeBatch, emptyBatch, planWrites } from '../../server/domain/interchange/plan.js';
import { Interchange, type InterchangeInput } from '../../server/domain/interchange/schema.js';
import { InterchangeError, parseInterchange } from '../../server/ingest/load.js';
import type { WriteBatch } from '../../server/store/graph-store.js';
import { openTempStore, type TempStore } from '../http/seeded-store.fixtures.js';
import { interchangeDoc } from './interchange.arbitraries.js';

type Rows = Record<string, unknown[]>;
const stable = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
const TABLES = ['countries', 'organizations', 'persons', 'meetings', 'pacts', 'attended', 'partyTo', 'represents', 'heldIn', 'reportedIn', 'ties'] as const;

/** Every batch of a plan as one: what a store holds after writing them in order (first description wins). */
function union(batches: WriteBatch[]): WriteBatch {
  const all = emptyBatch();
  const docs: NonNullable<WriteBatch['document']>[] = [];
  for (const b of batches) {
    if (b.document) docs.push(b.document);
    for (const t of TABLES) (all[t] as unknown[]).push(...(b[t] as unknown[]));
  }
  // Within one plan a node seen twice is the same node; keep the first row, as the store does.
  const out = dedupeBatch({ ...all, persons: all.persons.filter((p, i) => all.persons.findIndex((q) => q.id === p.id) === i), pacts: all.pacts.filter((p, i) => all.pacts.findIndex((q) => q.id === p.id) === i) });
  out.documents = docs;
  return out;
}

const sortedRows = (b: WriteBatch): Record<string, string[]> => Object.fromEntries([...TABLES, 'documents'].map((t) => [t, ((b as unknown as Rows)[t] ?? []).map((r) => stable({ ...(r as object), textLength: undefined })).sort()]));

/** The document with every id made unique to one run, so runs can share one store without touching each other. */
function salted(doc: InterchangeInput, salt: string): InterchangeInput {
  const docId = (id: string) => `doc:${hashOf(salt, id).slice(0, 24)}`;
  return {
    documents: doc.documents!.map((d) => ({ ...d, id: docId(d.id) })),
    events: doc.events!.map((e, i) => ({
      ...e,
      id: `${e.type}:${hashOf(salt, String(i)).slice(0, 24)}`,
      participants: e.participants.map((p) => (p.type === 'person' ? { ...p, name: `${p.name} ~${salt}` } : p)),
      evidence: (e.evidence ?? []).map((ev) => ({ ...ev, documentId: docId(ev.documentId) })),
    })) as InterchangeInput['events'],
  };
}

describe('valid documents', () => {
  let t: TempStore;
  beforeAll(async () => { t = await openTempStore({ seeded: false }); }, 60_000);
  afterAll(async () => { await t?.close(); });

  test('planWrites → store → dump holds exactly the planned nodes and edges', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(interchangeDoc, async (raw) => {
        const doc = Interchange.parse(salted(raw, `run${run++}`));
        const plan = planWrites(doc);
        for (const b of plan) await t.store.writeBatch(JSON.parse(JSON.stringify(b)));
        const planned = sortedRows(union(plan));
        const dump = await t.store.dump();
        const events = new Set([...doc.events.map((e) => e.id!)]);
        const docs = new Set(doc.documents.map((d) => d.id));
        const persons = new Set(planned.persons.map((p) => JSON.parse(p).id));
        const mine = (t: string, r: Record<string, string>) =>
          t === 'documents' ? docs.has(r.id) : t === 'meetings' || t === 'pacts' ? events.has(r.id) : t === 'persons' ? persons.has(r.id) : t === 'represents' ? persons.has(r.person)
            : t === 'countries' || t === 'organizations' ? planned[t].some((p) => JSON.parse(p).id === r.id) : events.has(r.meeting ?? r.pact ?? r.event);
        const stored = sortedRows({ ...dump, documents: dump.documents } as WriteBatch);
        for (const table of Object.keys(planned)) {
          expect([table, stored[table].filter((r) => mine(table, JSON.parse(r)))]).toEqual([table, planned[table]]);
        }
      }),
      { numRuns: 40 },
    );
  }, 90_000);

  test('the dump exported as interchange plans back to the same rows', () => {
    fc.assert(
      fc.property(interchangeDoc, (raw) => {
        const rows = union(planWrites(Interchange.parse(raw)));
        const exported = Interchange.parse(JSON.parse(JSON.stringify(interchangeFromRows(rows))));
        expect(sortedRows(union(planWrites(exported)))).toEqual(sortedRows(rows));
      }),
      { numRuns: 60 },
    );
  });
});

type Breaker = [name: string, field: RegExp, (d: any) => void];
const BREAKERS: Breaker[] = [
  ['an unknown country', /events\[0\].*participants\[0\].*code/, (d) => { d.events[0].participants[0].code = 'ZZ'; }],
  ['an impossible day', /events\[0\].*date/, (d) => { d.events[0].date = '2023-02-29'; }],
  ['a month 13', /events\[0\].*date/, (d) => { d.events[0].date = '2024-13'; }],
  ['an unknown event type', /events\[0\]/, (d) => { d.events[0].type = 'war'; }],
  ['an unknown kind', /events\[0\].*kind/, (d) => { d.events[0].kind = 'picnic'; }],
  ['participants that are not a list', /events\[0\].*participants/, (d) => { d.events[0].participants = 'JP,US'; }],
  ['evidence citing a missing document', /events\[0\].*evidence\[0\].*documentId/, (d) => { d.events[0].evidence = [{ documentId: 'doc:ffffffffffffffffffffffff', start: 0, end: 1 }]; }],
  ['evidence ending before it starts', /events\[0\].*evidence\[0\].*end/, (d) => { d.events[0].evidence = [{ documentId: d.documents[0].id, start: 9, end: 3 }]; }],
  ['a document id that is not a hash', /documents\[0\].*id/, (d) => { d.documents[0].id = "doc:'}) DETACH DELETE n //"; }],
  ['a published date that is only a year', /documents\[0\].*published/, (d) => { d.documents[0].published = '2024'; }],
  ['an unsupported language', /documents\[0\].*lang/, (d) => { d.documents[0].lang = 'fr'; }],
  ['an end before the start', /events\[0\].*endDate/, (d) => { d.events[0].date = '2024-05-02'; d.events[0].endDate = '2024-05-01'; }],
];

test.each(BREAKERS)('a document with %s is rejected with an issue naming the field', (_name, field, breakIt) => {
  fc.assert(
    fc.property(interchangeDoc, (raw) => {
      const doc = JSON.parse(JSON.stringify(raw));
      breakIt(doc);
      let error: unknown;
      try { parseInterchange(doc, 'property'); } catch (e) { error = e; }
      expect(error).toBeInstanceOf(InterchangeError);
      const issues = (error as InterchangeError).issues;
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.map((i) => i.path)).toContainEqual(expect.stringMatching(field));
      expect((error as InterchangeError).message).toMatch(/^property: /);
    }),
    { numRuns: 30 },
  );
});
