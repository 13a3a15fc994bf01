// The embedded GraphStore on LadybugDB (Kuzu's maintained fork). One writer connection behind
// a queue (the engine allows one write transaction at a time) limited to one thread so reads
// keep answering; reads go to their own connections and see the last committed snapshot.
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { foldName } from '../../domain/ids.js';
import type { EventSummary, PageOf, Relation } from '../../domain/network/schema.js';
import {
  foldActivity,
  StoreError,
  type AttendanceRow, type Counts, type EntityHit, type EventFacts, type EventDetailRecord, type GraphStore, type LinkedEvent, type NodeRecord, type PathSearch, type StoreAlgorithms,
  type NetworkTieQuery, type NetworkTies, type RepresentsRow, type YearActivity, type StoreInfo, type TieAggregate, type TieQuery, type TimeWindow, type WriteBatch, type WriteStats,
} from '../graph-store.js';
import { networkTiesOf } from '../network-ties.js';
import { cypher, cypherStatements, withLabels } from '../queries.js';
import { daySpan } from '../window.js';
import { LbugConnection, type Params, type Row } from './connection.js';
import { openError, prepareDataDir } from './data-dir.js';
import { shortestPaths, tieFilterParams } from './paths.js';
import { scanEvents } from './scan-events.js';
import { dayOf, dayOrNull, nodeRecord, nodeRecordOfValue, propsOf } from './rows.js';
import { byTable, isActor, NODE_TABLES, REL_TABLES, tableOf, type NodeTable } from './tables.js';
import { writeBatchIn } from './write-batch.js';

// The type declarations describe VERSION on the default export's object type only.
const meta = lbug as unknown as { VERSION: string; STORAGE_VERSION: bigint | number };
export const ENGINE = { version: meta.VERSION, storageVersion: Number(meta.STORAGE_VERSION) };

/** Directories open in this process: the engine's file lock only stops other processes. */
const openDirs = new Set<string>();

const READERS = 2;

export interface LadybugOptions {
  /** Buffer pool size in bytes (engine default when absent). */
  bufferPoolSize?: number;
}

export async function openLadybugStore(dir: string, options: LadybugOptions = {}): Promise<LadybugStore> {
  const abs = path.resolve(dir);
  if (openDirs.has(abs)) throw new StoreError(`The embedded database in ${abs} is already open in this process; close it first or use another ENTENTE_DATA_DIR.`, 'locked');
  const dbPath = prepareDataDir(abs, ENGINE);
  let db: InstanceType<typeof lbug.Database> | undefined;
  try {
    db = new lbug.Database(dbPath, options.bufferPoolSize);
    await db.init();
    const writer = new lbug.Connection(db);
    await writer.init();
    writer.setMaxNumThreadForExec(1);
    const readers: InstanceType<typeof lbug.Connection>[] = [];
    for (let i = 0; i < READERS; i++) {
      const c = new lbug.Connection(db);
      await c.init();
      readers.push(c);
    }
    openDirs.add(abs);
    return new LadybugStore(abs, db, new LbugConnection(writer, 'writer'), readers.map((c, i) => new LbugConnection(c, `reader-${i}`)));
  } catch (err) {
    await db?.close().catch(() => undefined);
    throw err instanceof StoreError ? err : openError(abs, err);
  }
}

const newestFirst = (x: { id: string; dateFrom: string }, y: { id: string; dateFrom: string }) =>
  x.dateFrom !== y.dateFrom ? (x.dateFrom < y.dateFrom ? 1 : -1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

export class LadybugStore implements GraphStore {
  readonly info: StoreInfo;
  private next = 0;
  private closing: Promise<void> | null = null;
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly db: InstanceType<typeof lbug.Database>,
    private readonly writer: LbugConnection,
    private readonly readers: LbugConnection[],
  ) {
    this.info = { kind: 'embedded', engine: `ladybugdb ${ENGINE.version}`, location: dir };
  }

  // ---- plumbing ------------------------------------------------------------------------------
  /** Query text of a named file with its table slots (and, for paths, literal slots) filled. */
  private q = (name: string, slots: Record<string, string> = {}): string => {
    const key = `${name}|${JSON.stringify(slots)}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      const { Filter, MaxHops, File, ...labels } = slots;
      text = cypher('ladybug', name);
      if (Filter !== undefined) text = text.replaceAll('{{Filter}}', Filter);
      if (File !== undefined) {
        // Only paths the adapter makes itself (a temporary directory) reach this slot.
        if (!path.isAbsolute(File) || /['"\\\n]/.test(File)) throw new StoreError(`export path "${File}" is not a plain absolute path`, 'invalid');
        text = text.replaceAll('{{File}}', File);
      }
      if (MaxHops !== undefined) {
        if (!/^\d{1,2}$/.test(MaxHops)) throw new StoreError(`maxHops "${MaxHops}" is not a small whole number`, 'invalid');
        text = text.replaceAll('{{MaxHops}}', MaxHops);
      }
      text = withLabels(text, labels, [...NODE_TABLES, ...REL_TABLES]);
      if (Filter === undefined && File === undefined) this.texts.set(key, text);
    }
    return text;
  };

  private read(name: string, params: Params = {}, slots: Record<string, string> = {}): Promise<Row[]> {
    if (this.closing) return Promise.reject(new StoreError(`the embedded store in ${this.dir} is closed`, 'unavailable'));
    const reader = this.readers[this.next++ % this.readers.length];
    return reader.run(this.q(name, slots), params, slots.Filter === undefined && slots.File === undefined);
  }

  // ---- lifecycle -----------------------------------------------------------------------------
  async init(): Promise<void> {
    await this.writer.exclusive(async (s) => {
      for (const statement of cypherStatements('ladybug', 'schema')) await s.plain(statement);
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.writer.close();
        for (const r of this.readers) await r.close();
        await this.db.close();
      } finally {
        openDirs.delete(this.dir);
      }
    })();
    return this.closing;
  }

  // ---- writes --------------------------------------------------------------------------------
  writeBatch(batch: WriteBatch): Promise<WriteStats> {
    if (this.closing) return Promise.reject(new StoreError(`the embedded store in ${this.dir} is closed`, 'unavailable'));
    return this.writer.exclusive((s) => writeBatchIn(s, this.q, batch));
  }

  async hasDocument(id: string): Promise<boolean> {
    if (tableOf(id) !== 'Document') return false;
    return (await this.read('existing-ids', { ids: [id] }, { Label: 'Document' })).length > 0;
  }

  async findMeetings(dateFrom: string, dateTo: string, actors: string[]): Promise<(LinkedEvent & { persons: string[] })[]> {
    const want = [...new Set(actors)].sort();
    if (!want.length || !want.every(isActor)) return [];
    const span = daySpan({ from: dateFrom, to: dateTo });
    const rows = await this.read('find-meetings', { first: want[0], ...span }, { Label: tableOf(want[0])! });
    return rows
      .map((r) => ({ id: String(r.id), attendees: r.attendees as string[], dateFrom: dayOf(r.dateFrom), dateTo: dayOf(r.dateTo) }))
      .filter((r) => sameSet(r.attendees.filter(isActor), want))
      .map((r) => ({ id: r.id, persons: r.attendees.filter((a) => !isActor(a)).sort(), dateFrom: r.dateFrom, dateTo: r.dateTo }))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
  }

  async findPacts(parties: string[]): Promise<(LinkedEvent & { kind: string; names: string[]; date: string | null })[]> {
    const want = [...new Set(parties)].sort();
    if (!want.length || !want.every(isActor)) return [];
    const rows = await this.read('find-pacts', { first: want[0] }, { Label: tableOf(want[0])! });
    return rows
      .filter((r) => sameSet(r.parties as string[], want))
      .map((r) => ({ id: String(r.id), kind: String(r.kind), names: r.names as string[], date: (r.date as string | null) ?? null, dateFrom: dayOf(r.dateFrom), dateTo: dayOf(r.dateTo) }))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
  }

  // ---- reads ---------------------------------------------------------------------------------
  async counts(): Promise<Counts> {
    const count = async (name: 'count-nodes' | 'count-edges', Label: string) => Number((await this.read(name, {}, { Label }))[0]?.n ?? 0);
    const [countries, organizations, persons, meetings, pacts, documents] = await Promise.all(NODE_TABLES.map((t) => count('count-nodes', t)));
    const [attended, partyTo, represents, heldIn, reportedIn, ties] = await Promise.all(REL_TABLES.map((t) => count('count-edges', t)));
    return { nodes: { countries, persons, organizations, meetings, pacts, documents }, edges: { attended, partyTo, represents, heldIn, reportedIn, ties } };
  }

  async timeRange(): Promise<{ from: string | null; to: string | null }> {
    const rows = await this.read('time-range');
    const firsts = rows.map((r) => dayOrNull(r.first)).filter((d): d is string => d !== null).sort();
    const lasts = rows.map((r) => dayOrNull(r.last)).filter((d): d is string => d !== null).sort();
    return { from: firsts[0] ?? null, to: lasts[lasts.length - 1] ?? null };
  }

  async search(text: string, limit: number): Promise<EntityHit[]> {
    const lower = text.toLowerCase().trim();
    const folded = foldName(text);
    if (!lower && !folded) return [];
    const rows = await this.read('search-entities', { lower: lower || folded, folded: folded || lower, cap: Math.max(limit * 5, 50) });
    const kindOrder = { country: 0, organization: 1, person: 2 } as const;
    return rows
      .map((r) => {
        const { score, line } = bestLine(String(r.text ?? ''), [lower, folded].filter(Boolean));
        return { id: String(r.id), kind: r.kind as EntityHit['kind'], label: String(r.label ?? r.id), matched: line, score };
      })
      .sort((x, y) => x.score - y.score || kindOrder[x.kind] - kindOrder[y.kind] || x.label.localeCompare(y.label) || (x.id < y.id ? -1 : 1))
      .slice(0, Math.max(0, limit))
      .map(({ score: _, ...hit }) => hit);
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    const found = new Map<string, NodeRecord>();
    for (const [table, list] of byTable(new Set(ids))) {
      for (const r of await this.read('nodes-by-id', { ids: list }, { Label: table })) {
        const rec = nodeRecord(table, r.n as Row);
        found.set(rec.id, rec);
      }
    }
    return [...new Set(ids)].map((id) => found.get(id)).filter((n): n is NodeRecord => n !== undefined);
  }

  async roles(personId: string): Promise<RepresentsRow[]> {
    if (tableOf(personId) !== 'Person') return [];
    return (await this.read('roles', { id: personId })).map(representsRow);
  }

  async activity(id: string): Promise<YearActivity[]> {
    const table = tableOf(id);
    if (table !== 'Country' && table !== 'Organization' && table !== 'Person') return [];
    const rows = await this.read('entity-activity', { id }, { Label: table });
    return foldActivity(rows.map((r) => ({ year: String(r.year), type: r.label === 'Meeting' ? 'meeting' : 'pact', n: Number(r.n) })));
  }

  async entityEvents(id: string, window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>> {
    const table = tableOf(id);
    if (table !== 'Country' && table !== 'Organization' && table !== 'Person') return { total: 0, offset, limit, items: [] };
    const params = { id, ...daySpan(window) };
    const [countRow] = await this.read('entity-events-count', params, { Label: table });
    const page = await this.read('entity-events', { ...params, offset, limit }, { Label: table });
    return { total: Number(countRow?.total ?? 0), offset, limit, items: page.map(summaryOf) };
  }

  async counterparts(id: string, window: TimeWindow, limit: number): Promise<{ id: string; meetings: number; pacts: number }[]> {
    const table = tableOf(id);
    const params = { id, limit, ...daySpan(window) };
    let rows: Row[];
    if (table === 'Country' || table === 'Organization') rows = await this.read('counterparts', params, { Label: table });
    else if (table === 'Person') rows = await this.read('counterparts-person', params);
    else return [];
    return rows.map((r) => ({ id: String(r.id), meetings: Number(r.meetings), pacts: Number(r.pacts) }));
  }

  async eventDetail(id: string): Promise<EventDetailRecord | null> {
    const table = tableOf(id);
    if (table !== 'Meeting' && table !== 'Pact') return null;
    const [row] = await this.read('nodes-by-id', { ids: [id] }, { Label: table });
    if (!row) return null;
    const participants = (await this.read('event-participants', { id }, { A: table }))
      .map((r) => nodeRecordOfValue(r.x as Row))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
    const place = table === 'Meeting' ? ((await this.read('event-place', { id }))[0]?.place as string | undefined) ?? null : null;
    const evidence = (await this.read('event-evidence', { id }, { A: table })).map((r) => ({
      documentId: String(r.documentId), documentTitle: String(r.documentTitle ?? ''), published: dayOf(r.published), lang: String(r.lang),
      sourceName: String(r.sourceName ?? ''), sourceUrl: (r.sourceUrl as string | null) ?? null, start: Number(r.start), end: Number(r.end),
      quote: String(r.quote ?? ''), rule: String(r.rule ?? ''),
    }));
    return { event: nodeRecord(table, row.n as Row), participants, place, evidence };
  }

  async pairEvents(a: string, b: string, relations: Relation[], window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>> {
    const A = tableOf(a), B = tableOf(b);
    const entity = (t: NodeTable | undefined) => t === 'Country' || t === 'Organization' || t === 'Person';
    if (!relations.length || !entity(A) || !entity(B) || a === b) return { total: 0, offset, limit, items: [] };
    const params = { a, b, ...daySpan(window), labels: relations.map((r) => (r === 'met' ? 'Meeting' : 'Pact')) };
    const [countRow] = await this.read('pair-events-count', params, { A: A!, B: B! });
    const page = await this.read('pair-events', { ...params, offset, limit }, { A: A!, B: B! });
    return { total: Number(countRow?.total ?? 0), offset, limit, items: page.map(summaryOf) };
  }

  async networkTies(query: NetworkTieQuery): Promise<NetworkTies> {
    return networkTiesOf(await this.ties(query), query);
  }

  async ties(query: TieQuery): Promise<TieAggregate[]> {
    if (!query.relations.length) return [];
    const rows = await this.read('ties-in-window', tieFilterParams(query));
    return rows
      .map((r) => {
        const dates = (r.dates as unknown[]).map(dayOf);
        const events = (r.events as string[]).map((id, i) => ({ id, dateFrom: dates[i] })).sort(newestFirst);
        return {
          a: String(r.a), b: String(r.b), relation: r.relation as Relation, kinds: [...new Set(r.kinds as string[])].sort(), count: events.length,
          firstDate: events[events.length - 1].dateFrom, lastDate: events[0].dateFrom, eventIds: events.map((e) => e.id),
        };
      })
      .sort((x, y) => compareText(x.a, y.a) || compareText(x.b, y.b) || compareText(x.relation, y.relation));
  }

  async attendance(query: TieQuery): Promise<AttendanceRow[]> {
    if (!query.relations.includes('met')) return [];
    const { from, to, anyMeetingKind, meetingKinds } = tieFilterParams(query);
    const rows = await this.read('attendance', { from, to, anyMeetingKind, meetingKinds });
    return rows
      .map((r) => ({ meeting: String(r.meeting), kind: String(r.kind), dateFrom: dayOf(r.dateFrom), dateTo: dayOf(r.dateTo), entities: [...new Set(r.entities as string[])].sort() }))
      .sort((x, y) => compareText(x.dateFrom, y.dateFrom) || compareText(x.meeting, y.meeting));
  }

  scanEvents(sink: (rows: EventFacts[]) => void, ids?: string[]): Promise<void> {
    return scanEvents((name, params, slots) => this.read(name, params, slots), sink, ids);
  }

  async eventSummaries(ids: string[]): Promise<EventSummary[]> {
    const out: EventSummary[] = [];
    for (const [table, list] of byTable(new Set(ids))) {
      if (table === 'Meeting' || table === 'Pact') for (const r of await this.read(table === 'Meeting' ? 'event-summaries' : 'pact-summaries', { ids: list })) out.push(summaryOf(r));
    }
    return out;
  }

  /** None: the engine's ALGO extension is downloaded on first use (INSTALL algo), which an
   * offline machine cannot do and this adapter does not attempt; analytics run in process. */
  async algorithms(): Promise<StoreAlgorithms | null> {
    return null;
  }

  shortestPaths(query: PathSearch): Promise<string[][]> {
    return shortestPaths((name, slots, params) => this.read(name, params, slots), query);
  }

  async dump(): Promise<WriteBatch> {
    const nodes = async <T>(table: NodeTable) => (await this.read('dump-nodes', {}, { Label: table })).map((r) => propsOf(table, r.n as Row) as T);
    const edges = (name: string) => this.read(name);
    return {
      document: null,
      documents: await nodes('Document'),
      countries: await nodes('Country'),
      organizations: await nodes('Organization'),
      persons: await nodes('Person'),
      meetings: await nodes('Meeting'),
      pacts: await nodes('Pact'),
      attended: (await edges('dump-attended')).map((r) => ({ entity: String(r.entity), meeting: String(r.meeting), role: (r.role as string | null) ?? null })),
      partyTo: (await edges('dump-party-to')).map((r) => ({ entity: String(r.entity), pact: String(r.pact) })),
      represents: (await edges('dump-represents')).map(representsRow),
      heldIn: (await edges('dump-held-in')).map((r) => ({ meeting: String(r.meeting), country: String(r.country) })),
      reportedIn: (await edges('dump-reported-in')).map((r) => ({ event: String(r.event), document: String(r.document), start: Number(r.start), end: Number(r.end), quote: String(r.quote ?? ''), rule: String(r.rule ?? '') })),
      ties: (await edges('dump-ties')).map((r) => ({ a: String(r.a), b: String(r.b), event: String(r.event), relation: r.relation as Relation, kind: String(r.kind), dateFrom: dayOf(r.dateFrom), dateTo: dayOf(r.dateTo) })),
    };
  }
}

/** A summary row of entity-events / pair-events (Pact rows have no place column). */
function summaryOf(r: Row): EventSummary {
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(r.id), type: r.label === 'Meeting' ? 'meeting' : 'pact', kind: String(r.kind), title: str(r.title),
    date: str(r.date), endDate: str(r.endDate), status: str(r.status), place: str(r.place),
    participants: [...new Set((r.participants as string[] | null) ?? [])].sort(),
  };
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function representsRow(r: Row): RepresentsRow {
  return { person: String(r.person), country: String(r.country), role: String(r.role ?? ''), from: (r.from as string | null) ?? null, to: (r.to as string | null) ?? null };
}

function sameSet(xs: string[], sortedWant: string[]): boolean {
  const s = [...new Set(xs)].sort();
  return s.length === sortedWant.length && s.every((x, i) => x === sortedWant[i]);
}

/** How well one of the entity's names matches: 0 exact, 1 prefix, 2 word start, 3 anywhere. */
function bestLine(text: string, queries: string[]): { score: number; line: string } {
  let best = { score: 4, line: '' };
  for (const line of text.split('\n')) {
    for (const q of queries) {
      const i = line.indexOf(q);
      if (i < 0) continue;
      const score = line === q ? 0 : i === 0 ? 1 : /[\s(-]/.test(line[i - 1]) ? 2 : 3;
      if (score < best.score) best = { score, line };
    }
  }
  return best;
}
