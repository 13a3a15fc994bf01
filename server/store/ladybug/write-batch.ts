// One batch in one transaction. Relationship MERGE scans the whole relationship table in this
// engine (hundreds of ms on a large graph), so existence is checked by primary key and through
// each event's own edges, and only what is missing is CREATEd.
import { StoreError, type ReportedInRow, type RepresentsRow, type WriteBatch, type WriteStats } from '../graph-store.js';
import type { Row, Session } from './connection.js';
import { countryParams } from './rows.js';
import { requireTable, tableOf, type NodeTable } from './tables.js';

type Query = (name: string, labels?: Record<string, string>) => string;

const firstBy = <T>(rows: T[], key: (r: T) => string): T[] => {
  const m = new Map<string, T>();
  for (const r of rows) if (!m.has(key(r))) m.set(key(r), r);
  return [...m.values()];
};

const groupBy = <T>(rows: T[], key: (r: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) { const k = key(r); const l = m.get(k); if (l) l.push(r); else m.set(k, [r]); }
  return m;
};

interface Plan {
  nodes: Record<NodeTable, { id: string }[]>;
  attended: WriteBatch['attended']; partyTo: WriteBatch['partyTo']; represents: WriteBatch['represents'];
  heldIn: WriteBatch['heldIn']; reportedIn: WriteBatch['reportedIn']; ties: WriteBatch['ties'];
  documentId: string | null;
}

/** Within-batch duplicates removed (first wins, as across batches), ids checked against their tables. */
function planOf(b: WriteBatch): Plan {
  const documents = firstBy([...(b.document ? [b.document] : []), ...(b.documents ?? [])], (d) => d.id);
  const nodes: Plan['nodes'] = {
    Country: firstBy(b.countries, (r) => r.id), Organization: firstBy(b.organizations, (r) => r.id), Person: firstBy(b.persons, (r) => r.id),
    Meeting: firstBy(b.meetings, (r) => r.id), Pact: firstBy(b.pacts, (r) => r.id), Document: documents,
  };
  for (const [table, rows] of Object.entries(nodes) as [NodeTable, { id: string }[]][]) for (const r of rows) requireTable(r.id, [table], `${table} row`);
  // A missing day would be stored as NULL and drop the event from every window; a malformed one
  // is refused by the engine's date() inside the transaction.
  const needDays = (what: string, r: object, fields: string[]) => {
    for (const f of fields) if (typeof (r as Record<string, unknown>)[f] !== 'string') throw new StoreError(`${what}: ${f} is missing (expected YYYY-MM-DD)`, 'invalid');
  };
  for (const r of [...nodes.Meeting, ...nodes.Pact]) needDays(r.id, r, ['dateFrom', 'dateTo']);
  for (const r of documents) needDays(r.id, r, ['published']);
  for (const r of b.ties) needDays(`TIE ${r.a}–${r.b} (${r.event})`, r, ['dateFrom', 'dateTo']);
  const plan: Plan = {
    nodes,
    attended: firstBy(b.attended, (r) => `${r.entity}>${r.meeting}`),
    partyTo: firstBy(b.partyTo, (r) => `${r.entity}>${r.pact}`),
    represents: firstBy(b.represents, (r) => `${r.person}>${r.country}|${r.role}|${r.from ?? ''}|${r.to ?? ''}`),
    heldIn: firstBy(b.heldIn, (r) => `${r.meeting}>${r.country}`),
    reportedIn: firstBy(b.reportedIn, (r) => `${r.event}>${r.document}|${r.start}|${r.end}`),
    ties: firstBy(b.ties, (r) => `${r.a}|${r.b}|${r.event}`),
    documentId: b.document?.id ?? null,
  };
  for (const r of plan.attended) { requireTable(r.entity, ['Person', 'Country', 'Organization'], 'ATTENDED entity'); requireTable(r.meeting, ['Meeting'], 'ATTENDED meeting'); }
  for (const r of plan.partyTo) { requireTable(r.entity, ['Country', 'Organization'], 'PARTY_TO entity'); requireTable(r.pact, ['Pact'], 'PARTY_TO pact'); }
  for (const r of plan.represents) { requireTable(r.person, ['Person'], 'REPRESENTS person'); requireTable(r.country, ['Country'], 'REPRESENTS country'); }
  for (const r of plan.heldIn) { requireTable(r.meeting, ['Meeting'], 'HELD_IN meeting'); requireTable(r.country, ['Country'], 'HELD_IN country'); }
  for (const r of plan.reportedIn) { requireTable(r.event, ['Meeting', 'Pact'], 'REPORTED_IN event'); requireTable(r.document, ['Document'], 'REPORTED_IN document'); }
  for (const r of plan.ties) {
    requireTable(r.a, ['Country', 'Organization'], 'TIE end'); requireTable(r.b, ['Country', 'Organization'], 'TIE end');
    if (r.relation !== 'met' && r.relation !== 'pact') throw new StoreError(`TIE ${r.a}–${r.b}: relation "${r.relation}" is not met or pact`, 'invalid');
  }
  return plan;
}

function endpoints(p: Plan): string[] {
  return [
    ...p.attended.flatMap((r) => [r.entity, r.meeting]), ...p.partyTo.flatMap((r) => [r.entity, r.pact]),
    ...p.represents.flatMap((r) => [r.person, r.country]), ...p.heldIn.flatMap((r) => [r.meeting, r.country]),
    ...p.reportedIn.flatMap((r) => [r.event, r.document]), ...p.ties.flatMap((r) => [r.a, r.b]),
  ];
}

/** Up to this many rows a statement runs once per row with primary-key parameters (index
 * lookups, cost independent of graph size); above it one UNWIND statement, whose hash join
 * scans the tables once and wins for bulk batches. */
const PER_ROW = 24;
/** Tables small enough (a few hundred rows) that an UNWIND scan is always cheap. */
const SMALL_TABLES: readonly NodeTable[] = ['Country', 'Organization'];
/** Edges between one event and actors of a small table: in small batches, one statement per event
 * (the event by key, the actors by a join over their table) instead of one per edge: half the
 * statements of a typical article's meetings, each about 0.6 ms on a million events. */
const PER_EVENT: Record<string, { file: string; key: string; actors: (labels: Record<string, string>) => string | undefined }> = {
  attended: { file: 'link-attended-to', key: 'meeting', actors: (labels) => labels.A },
  'party-to': { file: 'link-party-to-to', key: 'pact', actors: (labels) => labels.A },
  'held-in': { file: 'link-held-in-from', key: 'meeting', actors: () => 'Country' },
};

export async function writeBatchIn(s: Session, q: Query, batch: WriteBatch): Promise<WriteStats> {
  const p = planOf(batch);

  const existingIn = async (table: NodeTable, list: string[]): Promise<Set<string>> => {
    if (!list.length) return new Set();
    if (SMALL_TABLES.includes(table) || list.length > PER_ROW) return new Set((await s.run(q('existing-ids', { Label: table }), { ids: list })).map((r) => String(r.id)));
    const found = new Set<string>();
    for (const id of list) for (const r of await s.run(q('existing-id', { Label: table }), { id })) found.add(String(r.id));
    return found;
  };
  /** Keys of the edges already there around these (pre-existing) nodes. */
  const known = async (file: string, list: string[], key: (r: Row) => string, labels?: Record<string, string>): Promise<Set<string>> => {
    const ids = [...new Set(list)];
    if (!ids.length) return new Set();
    if (ids.length > PER_ROW) return new Set((await s.run(q(file, labels), { ids })).map(key));
    const out = new Set<string>();
    for (const id of ids) for (const r of await s.run(q(`${file}-of`, labels), { id })) out.add(key(r));
    return out;
  };

  await s.plain('BEGIN TRANSACTION');
  try {
    // Nodes: which exist already, and whether every edge endpoint outside the batch exists.
    const existed = new Set<string>();
    const inBatch = new Set<string>();
    for (const [table, rows] of Object.entries(p.nodes) as [NodeTable, { id: string }[]][]) {
      for (const r of rows) inBatch.add(r.id);
      for (const id of await existingIn(table, rows.map((r) => r.id))) existed.add(id);
    }
    const outside = groupBy([...new Set(endpoints(p).filter((id) => !inBatch.has(id)))], (id) => tableOf(id)!);
    const missing: string[] = [];
    for (const [table, list] of outside) {
      const found = await existingIn(table as NodeTable, list);
      for (const id of list) if (found.has(id)) existed.add(id); else missing.push(id);
    }
    if (missing.length) throw new StoreError(`the batch${p.documentId ? ` of ${p.documentId}` : ''} has edges to ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which are neither in the batch nor in the store`, 'invalid');

    // New nodes: CREATE with UNWIND never scans (it only inserts into the key index).
    let nodesCreated = 0;
    const create = async (file: string, rows: { id: string }[], params: (r: never) => unknown = (r) => r) => {
      const fresh = rows.filter((r) => !existed.has(r.id));
      if (!fresh.length) return;
      await s.run(q(file), { rows: fresh.map((r) => params(r as never)) });
      nodesCreated += fresh.length;
    };
    await create('create-documents', p.nodes.Document);
    await create('create-countries', p.nodes.Country, countryParams);
    await create('create-organizations', p.nodes.Organization);
    await create('create-persons', p.nodes.Person);
    // A new event's edges all come with it, so its participant/place columns are known now.
    const participantsOf = groupBy([...p.attended.map((r) => [r.meeting, r.entity]), ...p.partyTo.map((r) => [r.pact, r.entity])], ([e]) => e);
    const placeOf = new Map<string, string>();
    for (const r of p.heldIn) if (!placeOf.has(r.meeting) || r.country < placeOf.get(r.meeting)!) placeOf.set(r.meeting, r.country);
    const withParticipants = (r: { id: string }) => ({ ...r, participants: (participantsOf.get(r.id) ?? []).map(([, x]) => x) });
    await create('create-meetings', p.nodes.Meeting, (r: { id: string }) => ({ ...withParticipants(r), placeId: placeOf.get(r.id) ?? null }));
    await create('create-pacts', p.nodes.Pact, withParticipants);

    // Edges: only events and persons that existed before can already have some.
    let edgesCreated = 0;
    const old = (id: string) => existed.has(id);
    // end, from and to are keywords, which a $parameter cannot be named after.
    const rowParams: Record<string, (r: never) => Record<string, unknown>> = {
      'reported-in': (r: ReportedInRow) => ({ event: r.event, document: r.document, start: r.start, endOffset: r.end, quote: r.quote, rule: r.rule }),
      represents: (r: RepresentsRow) => ({ person: r.person, country: r.country, role: r.role, since: r.from, until: r.to }),
    };
    const createEdges = async <T extends object>(name: string, rows: T[], labelsOf: (r: T) => Record<string, string> = () => ({}), perRow = true) => {
      for (const [, group] of groupBy(rows, (r) => JSON.stringify(labelsOf(r)))) {
        const labels = labelsOf(group[0]);
        const byEvent = PER_EVENT[name];
        let n = 0;
        if (perRow && group.length <= PER_ROW && byEvent && SMALL_TABLES.includes(byEvent.actors(labels) as NodeTable)) {
          for (const [event, rowsOf] of groupBy(group, (r) => String((r as Record<string, unknown>)[byEvent.key]))) {
            n += Number((await s.run(q(byEvent.file, labels), { [byEvent.key]: event, rows: rowsOf as unknown[] }))[0]?.n ?? 0);
          }
        } else if (perRow && group.length <= PER_ROW) {
          const params = rowParams[name] ?? ((r: never) => r as Record<string, unknown>);
          for (const r of group) n += Number((await s.run(q(`link-${name}`, labels), params(r as never)))[0]?.n ?? 0);
        } else {
          n = Number((await s.run(q(`create-${name}`, labels), { rows: group as unknown[] }))[0]?.n ?? 0);
        }
        if (n !== group.length) throw new StoreError(`${name}: ${group.length - n} of ${group.length} edges found no endpoint`, 'invalid');
        edgesCreated += n;
      }
    };

    const attendedKnown = await known('existing-attended', p.attended.map((r) => r.meeting).filter(old), (r) => `${r.entity}>${r.meeting}`);
    const attendedNew = p.attended.filter((r) => !attendedKnown.has(`${r.entity}>${r.meeting}`));
    await createEdges('attended', attendedNew, (r) => ({ A: tableOf(r.entity)! }));

    const partyKnown = await known('existing-party-to', p.partyTo.map((r) => r.pact).filter(old), (r) => `${r.entity}>${r.pact}`);
    const partyNew = p.partyTo.filter((r) => !partyKnown.has(`${r.entity}>${r.pact}`));
    await createEdges('party-to', partyNew, (r) => ({ A: tableOf(r.entity)! }));

    const heldKnown = await known('existing-held-in', p.heldIn.map((r) => r.meeting).filter(old), (r) => `${r.meeting}>${r.country}`);
    const heldNew = p.heldIn.filter((r) => !heldKnown.has(`${r.meeting}>${r.country}`));
    await createEdges('held-in', heldNew);

    // Events that existed before and gained edges: re-derive their participant/place columns.
    for (const id of new Set(attendedNew.map((r) => r.meeting).filter(old))) await s.run(q('refresh-meeting'), { id });
    for (const id of new Set(heldNew.map((r) => r.meeting).filter(old))) await s.run(q('refresh-meeting-place'), { id });
    for (const id of new Set(partyNew.map((r) => r.pact).filter(old))) await s.run(q('refresh-pact'), { id });

    const repKey = (r: { person: unknown; country: unknown; role: unknown; from: unknown; to: unknown }) => `${r.person}>${r.country}|${r.role}|${r.from ?? ''}|${r.to ?? ''}`;
    const repKnown = await known('existing-represents', p.represents.map((r) => r.person).filter(old), (r) => repKey(r as Parameters<typeof repKey>[0]));
    await createEdges('represents', p.represents.filter((r) => !repKnown.has(repKey(r))));

    const evKey = (r: { event: unknown; document: unknown; start: unknown; end: unknown }) => `${r.event}>${r.document}|${r.start}|${r.end}`;
    const evKnown = new Set<string>();
    for (const [table, list] of groupBy(p.reportedIn.map((r) => r.event).filter(old), (id) => tableOf(id)!)) {
      for (const k of await known('existing-reported-in', list, (r) => evKey(r as Parameters<typeof evKey>[0]), { A: table })) evKnown.add(k);
    }
    await createEdges('reported-in', p.reportedIn.filter((r) => !evKnown.has(evKey(r))), (r) => ({ A: tableOf(r.event)! }));

    // A TIE is every two actors of one event, written with their ATTENDED / PARTY_TO edges; so
    // a stored event has the tie of two actors exactly when both took part before this batch,
    // which the lookups above already read. (Asking the TIE table itself scanned every tie of
    // the first actor: 20-30 ms per tie for a hub on a million events.)
    const tieKey = (r: { a: unknown; b: unknown; event: unknown }) => `${r.a}|${r.b}|${r.event}`;
    const tookPart = (entity: string, event: string) => attendedKnown.has(`${entity}>${event}`) || partyKnown.has(`${entity}>${event}`);
    const tieKnown = new Set(p.ties.filter((t) => old(t.event) && tookPart(t.a, t.event) && tookPart(t.b, t.event)).map(tieKey));
    // Both ends of a TIE are small tables, so one UNWIND statement is always cheap.
    await createEdges('ties', p.ties.filter((t) => !tieKnown.has(tieKey(t))), (t) => ({ A: tableOf(t.a)!, B: tableOf(t.b)! }), false);

    await s.plain('COMMIT');
    return { nodesCreated, edgesCreated, documentSkipped: p.documentId !== null && existed.has(p.documentId) };
  } catch (err) {
    await s.plain('ROLLBACK').catch(() => undefined);
    if (err instanceof StoreError) throw err;
    throw new StoreError(`writing the batch${p.documentId ? ` of ${p.documentId}` : ''} failed, nothing of it was kept: ${(err as Error).message}`, 'invalid', { cause: err });
  }
}
