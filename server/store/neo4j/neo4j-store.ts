// The Neo4j 5 adapter of the GraphStore port (neo4j-driver 6). Every query is a named file under
// cypher/neo4j/; writes run as one managed transaction per batch (retried by the driver on
// transient errors such as deadlocks), reads in READ sessions so a cluster routes them to
// readers.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { foldName, kindOfId } from '../../domain/ids.js';
import { OPEN_END } from '../../domain/interchange/plan.js';
import type { EventSummary, PageOf } from '../../domain/network/schema.js';
import {
  foldActivity,
  StoreError,
  type AttendanceRow, type Counts, type EntityHit, type EventFacts, type EventDetailRecord, type EvidenceRecord, type GraphStore, type LinkedEvent, type NodeRecord,
  type NetworkTieQuery, type NetworkTies, type YearActivity, type PathSearch, type RepresentsRow, type StoreInfo, type TieAggregate, type TieQuery, type TimeWindow, type WriteBatch, type WriteStats, type StoreAlgorithms,
} from '../graph-store.js';
import { networkTiesOf } from '../network-ties.js';
import { daySpan } from '../window.js';
import { Neo4jOptions } from './config.js';
import { cypher as cypherOf, cypherStatements } from '../queries.js';
import { toStoreError } from './errors.js';
import { gdsAlgorithms, gdsVersion } from './gds.js';
import { allShortestPaths } from './paths.js';
import { checkRows, emptyDump, nodeRow, plain, TABLE_OF_KIND, type NodeKind } from './rows.js';

type Params = Record<string, unknown>;

/** The hop bound written in shortest-paths.cypher (a pattern length cannot be a parameter). */
const MAX_HOPS = 30;

/** Paths returned by an all-shortest-paths search at most (the first in lexicographic order). */
const MAX_PATHS = 100;

const EDGE_DUMPS = [
  ['attended', 'dump-attended'], ['partyTo', 'dump-party-to'], ['represents', 'dump-represents'],
  ['heldIn', 'dump-held-in'], ['reportedIn', 'dump-reported-in'], ['ties', 'dump-ties'],
] as const;

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const sorted = (xs: string[]) => [...xs].sort(cmp);
const int = (n: number) => neo4j.int(Math.trunc(n));

export class Neo4jStore implements GraphStore {
  readonly info: StoreInfo;
  private readonly driver: Driver;
  /** Tail of the in-process write queue. */
  private writes: Promise<unknown> = Promise.resolve();
  private gds: Promise<StoreAlgorithms | null> | null = null;

  constructor(private readonly options: Neo4jOptions) {
    this.info = { kind: 'neo4j', engine: 'neo4j (not connected yet)', location: options.database ? `${options.uri} (database ${options.database})` : options.uri };
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 30_000,
      userAgent: 'entente',
    });
  }

  async init(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.options.database ? { database: this.options.database } : {});
      const server = await this.driver.getServerInfo();
      (this.info as { engine: string }).engine = (server.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//i, 'neo4j ');
    } catch (err) {
      throw toStoreError(err, this.options.uri, 'connecting');
    }
    // Schema commands cannot share a transaction with anything else: one auto-commit each.
    const session = this.session('WRITE');
    try {
      for (const statement of cypherStatements('neo4j', 'schema')) await session.run(statement);
    } catch (err) {
      throw toStoreError(err, this.options.uri, 'creating the schema');
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Deletes every node and edge (tests, resets). Not part of the port. */
  async deleteAll(): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of cypherStatements('neo4j', 'delete-all')) await session.run(statement);
    } catch (err) {
      throw toStoreError(err, this.options.uri, 'deleting everything');
    } finally {
      await session.close();
    }
  }

  // writes ---------------------------------------------------------------------------------------

  async writeBatch(batch: WriteBatch): Promise<WriteStats> {
    checkRows(batch);
    const documents = [...(batch.document ? [batch.document] : []), ...(batch.documents ?? [])]
      .map((d) => ({ ...d, textLength: int(d.textLength) }));
    const reportedIn = batch.reportedIn.map((r) => ({ ...r, start: int(r.start), end: int(r.end) }));
    return this.write('writing a batch', async (tx) => {
      // Counted per attempt: the driver may run this function again after a transient error.
      const stats: WriteStats = { nodesCreated: 0, edgesCreated: 0, documentSkipped: false };
      if (batch.document) stats.documentSkipped = await documentExists(tx, batch.document.id);
      const run = async (name: string, rows: unknown[]) => {
        if (!rows.length) return [];
        const result = await tx.run(cypher(name), { rows });
        const updates = result.summary.counters.updates();
        stats.nodesCreated += updates.nodesCreated;
        stats.edgesCreated += updates.relationshipsCreated;
        return result.records;
      };
      await run('create-documents', documents);
      await run('create-countries', batch.countries);
      await run('create-organizations', batch.organizations);
      await run('create-persons', batch.persons);
      await run('create-meetings', batch.meetings);
      await run('create-pacts', batch.pacts);
      const links: [string, string, unknown[]][] = [
        ['create-attended', 'ATTENDED', batch.attended],
        ['create-party-to', 'PARTY_TO', batch.partyTo],
        ['create-represents', 'REPRESENTS', batch.represents],
        ['create-held-in', 'HELD_IN', batch.heldIn],
        ['create-reported-in', 'REPORTED_IN', reportedIn],
        ['create-ties', 'TIE', batch.ties],
      ];
      for (const [file, type, rows] of links) {
        const dangling = await run(file, rows);
        if (dangling.length) {
          const examples = dangling.slice(0, 3).map((r) => `${r.get('source')} -> ${r.get('target')}`).join(', ');
          throw new StoreError(`${type} edge with an endpoint neither in the batch nor in the store (${dangling.length}): ${examples}`, 'invalid');
        }
      }
      return stats;
    });
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.read('checking a document', (tx) => documentExists(tx, id));
  }

  async findMeetings(dateFrom: string, dateTo: string, actors: string[]): Promise<(LinkedEvent & { persons: string[] })[]> {
    if (!actors.length) return [];
    const records = await this.query('finding meetings', 'find-meetings', { dateFrom, dateTo, actors: [...new Set(actors)] });
    return records.map((r) => ({ id: r.get('id') as string, persons: sorted(r.get('persons') as string[]), dateFrom: r.get('dateFrom') as string, dateTo: r.get('dateTo') as string }));
  }

  async findPacts(parties: string[]): Promise<(LinkedEvent & { kind: string; names: string[]; date: string | null })[]> {
    if (!parties.length) return [];
    const records = await this.query('finding pacts', 'find-pacts', { parties: [...new Set(parties)] });
    return records.map((r) => ({ id: r.get('id'), kind: r.get('kind'), names: r.get('names') ?? [], date: r.get('date') ?? null, dateFrom: r.get('dateFrom'), dateTo: r.get('dateTo') }));
  }

  // reads ----------------------------------------------------------------------------------------

  async counts(): Promise<Counts> {
    const [r] = await this.query('counting', 'counts', {});
    const n = (k: string) => plain(r.get(k)) as number;
    return {
      nodes: { countries: n('countries'), persons: n('persons'), organizations: n('organizations'), meetings: n('meetings'), pacts: n('pacts'), documents: n('documents') },
      edges: { attended: n('attended'), partyTo: n('partyTo'), represents: n('represents'), heldIn: n('heldIn'), reportedIn: n('reportedIn'), ties: n('ties') },
    };
  }

  async timeRange(): Promise<{ from: string | null; to: string | null }> {
    const [r] = await this.query('reading the time range', 'time-range', { openEnd: OPEN_END });
    return { from: plain(r.get('from')) as string | null, to: plain(r.get('to')) as string | null };
  }

  async search(text: string, limit: number): Promise<EntityHit[]> {
    const lower = text.trim().toLowerCase();
    const folded = foldName(text);
    if (!lower && !folded) return [];
    const records = await this.query('searching', 'search-entities', { lower: lower || null, folded: folded || null, limit: int(limit) });
    return records.map((r) => ({ id: r.get('id'), kind: r.get('kind'), label: r.get('label') ?? r.get('id'), matched: r.get('matched') }));
  }

  async getNodes(ids: string[]): Promise<NodeRecord[]> {
    if (!ids.length) return [];
    const byKind: Record<NodeKind, string[]> = { country: [], person: [], organization: [], meeting: [], pact: [], document: [] };
    for (const id of new Set(ids)) {
      const kind = kindOfId(id);
      if (kind) byKind[kind].push(id);
    }
    const records = await this.query('reading nodes', 'nodes-by-id', {
      countries: byKind.country, persons: byKind.person, organizations: byKind.organization, meetings: byKind.meeting, pacts: byKind.pact, documents: byKind.document,
    });
    const found = new Map<string, NodeRecord>();
    for (const r of records) {
      const kind = r.get('kind') as NodeKind;
      found.set(r.get('id'), { id: r.get('id'), kind, props: nodeRow(kind, r.get('props')) });
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async roles(personId: string): Promise<RepresentsRow[]> {
    const records = await this.query('reading roles', 'roles', { person: personId });
    return records.map((r) => ({ person: r.get('person'), country: r.get('country'), role: r.get('role'), from: r.get('from') ?? null, to: r.get('to') ?? null }));
  }

  async entityEvents(id: string, window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>> {
    const [r] = await this.query('reading events', 'entity-events', { id, ...daySpan(window), offset: int(offset), limit: int(limit) });
    return { total: plain(r.get('total')) as number, offset, limit, items: (r.get('items') as unknown[]).map(eventSummary) };
  }

  async counterparts(id: string, window: TimeWindow, limit: number): Promise<{ id: string; meetings: number; pacts: number }[]> {
    const records = await this.query('reading counterparts', 'counterparts', { id, ...daySpan(window), limit: int(limit) });
    return records.map((r) => ({ id: r.get('id'), meetings: plain(r.get('meetings')) as number, pacts: plain(r.get('pacts')) as number }));
  }

  async eventDetail(id: string): Promise<EventDetailRecord | null> {
    const [r] = await this.query('reading an event', 'event-detail', { id });
    if (!r) return null;
    const kind = r.get('kind') as 'meeting' | 'pact';
    const participants = (r.get('participants') as Record<string, unknown>[])
      .map((props) => {
        const kind = kindOfId(props.id as string) as NodeKind;
        return { id: props.id as string, kind, props: nodeRow(kind, props) };
      })
      .sort((x, y) => cmp(x.id, y.id));
    const evidence = (plain(r.get('evidence')) as EvidenceRecord[])
      .map((e) => ({ ...e, sourceUrl: e.sourceUrl ?? null }))
      .sort((x, y) => cmp(x.published, y.published) || cmp(x.documentId, y.documentId) || x.start - y.start);
    return { event: { id, kind, props: nodeRow(kind, r.get('props')) }, participants, place: r.get('place') ?? null, evidence };
  }

  async activity(id: string): Promise<YearActivity[]> {
    const records = await this.query('reading activity', 'entity-activity', { id });
    return foldActivity(records.map((r) => ({ year: String(r.get('year')), type: r.get('type'), n: plain(r.get('n')) as number })));
  }

  async pairEvents(a: string, b: string, relations: TieQuery['relations'], window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>> {
    if (!relations.length) return { total: 0, offset, limit, items: [] };
    const [r] = await this.query('reading shared events', 'pair-events', { a, b, relations, ...daySpan(window), offset: int(offset), limit: int(limit) });
    return { total: plain(r.get('total')) as number, offset, limit, items: (r.get('items') as unknown[]).map(eventSummary) };
  }

  async networkTies(query: NetworkTieQuery): Promise<NetworkTies> {
    return networkTiesOf(await this.ties(query), query);
  }

  async ties(query: TieQuery): Promise<TieAggregate[]> {
    if (!query.relations.length) return [];
    const records = await this.query('reading ties', 'ties-in-window', tieParams(query));
    return records.map((r) => ({
      a: r.get('a'), b: r.get('b'), relation: r.get('relation'),
      kinds: sorted(r.get('kinds')),
      count: plain(r.get('count')) as number,
      firstDate: plain(r.get('firstDate')) as string,
      lastDate: plain(r.get('lastDate')) as string,
      eventIds: r.get('eventIds'),
    }));
  }

  async attendance(query: TieQuery): Promise<AttendanceRow[]> {
    if (!query.relations.includes('met')) return [];
    const records = await this.query('reading attendance', 'attendance', tieParams(query));
    return records.map((r) => ({ meeting: r.get('meeting'), kind: r.get('kind'), dateFrom: plain(r.get('dateFrom')) as string, dateTo: plain(r.get('dateTo')) as string, entities: sorted(r.get('entities')) }));
  }

  async shortestPaths(query: PathSearch): Promise<string[][]> {
    if (!Number.isInteger(query.maxHops) || query.maxHops < 1 || query.maxHops > MAX_HOPS) throw new StoreError(`maxHops ${query.maxHops} is not a whole number from 1 to ${MAX_HOPS}`, 'invalid');
    const actor = (id: string) => ['country', 'organization'].includes(kindOfId(id) ?? '');
    if (!query.relations.length || !actor(query.source) || !actor(query.target)) return [];
    if (query.source === query.target) return [[query.source]];
    const params = { ...tieParams(query), source: query.source, target: query.target, maxHops: int(query.maxHops) };
    if (query.all) return allShortestPaths((name, p) => this.query('finding paths', name, p), query.source, query.target, params, MAX_PATHS);
    const records = await this.query('finding a path', 'shortest-paths', params);
    return records.map((r) => r.get('ids') as string[]);
  }

  async scanEvents(sink: (rows: EventFacts[]) => void, ids?: string[]): Promise<void> {
    const page = 10_000;
    const toFacts = (r: Neo4jRecord): EventFacts => ({
      id: r.get('id'), type: r.get('type'), kind: r.get('kind'), dateFrom: r.get('dateFrom'), dateTo: r.get('dateTo'),
      dateKnown: r.get('dateKnown') === true, actors: [...new Set(r.get('actors') as string[])],
    });
    if (ids) {
      if (ids.length) sink((await this.query('reading events', 'scan-events', { byIds: true, ids, after: '', limit: int(ids.length) })).map(toFacts));
      return;
    }
    for (let after = ''; ;) {
      const records = await this.query('reading events', 'scan-events', { byIds: false, ids: [], after, limit: int(page) });
      if (!records.length) return;
      sink(records.map(toFacts));
      after = records[records.length - 1].get('id');
    }
  }

  async eventSummaries(ids: string[]): Promise<EventSummary[]> {
    if (!ids.length) return [];
    return (await this.query('reading events', 'event-summaries', { ids: [...new Set(ids)] })).map((r) => eventSummary(r.get('summary')));
  }

  async dump(): Promise<WriteBatch> {
    const out = emptyDump();
    const nodes = await this.query('dumping nodes', 'dump-nodes', {});
    for (const r of nodes) {
      const kind = kindOfId(r.get('id'));
      if (!kind) continue;
      const row = nodeRow(kind, r.get('props'));
      if (kind === 'document') out.documents!.push(row as never);
      else (out[TABLE_OF_KIND[kind]] as unknown[]).push(row);
    }
    for (const [table, file] of EDGE_DUMPS) {
      const records = await this.query(`dumping ${table}`, file, {});
      const rows = out[table] as unknown[];
      for (const r of records) rows.push(plain(r.get('row')));
    }
    return out;
  }

  /** GDS when the server has the plugin (asked once per store: installing it needs a restart). */
  algorithms(): Promise<StoreAlgorithms | null> {
    this.gds ??= gdsVersion((doing, name, params) => this.query(doing, name, params))
      .then((version) => (version ? gdsAlgorithms((doing, name, params) => this.query(doing, name, params), version) : null));
    return this.gds;
  }

  // plumbing -------------------------------------------------------------------------------------

  private session(mode: 'READ' | 'WRITE'): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  private async read<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead(work);
    } catch (err) {
      throw toStoreError(err, this.options.uri, doing);
    } finally {
      await session.close();
    }
  }

  /** Writes from this process run one at a time, in call order, as in the embedded store: a batch
   * may cite events an earlier call wrote, and the port promises those calls land first. (Other
   * processes writing to the same server are isolated by Neo4j's transactions and the uniqueness
   * constraints; the driver retries deadlocks.) */
  private write<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const next = this.writes.then(() => this.writeNow(doing, work));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async writeNow<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw toStoreError(err, this.options.uri, doing);
    } finally {
      await session.close();
    }
  }

  private query(doing: string, name: string, params: Params): Promise<Neo4jRecord[]> {
    return this.read(doing, async (tx) => (await tx.run(cypher(name), params)).records);
  }
}

/** A store for these settings (checked here); it connects in init(). */
export function openNeo4jStore(options: { uri: string; user?: string; password?: string; database?: string }): Neo4jStore {
  const parsed = Neo4jOptions.safeParse(options);
  if (!parsed.success) {
    throw new StoreError(`Neo4j settings are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ')}`, 'invalid');
  }
  return new Neo4jStore(parsed.data);
}

const cypher = (name: string) => cypherOf('neo4j', name);

async function documentExists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run(cypher('has-document'), { id });
  return result.records[0]?.get('found') === true;
}

function tieParams(query: TieQuery): Params {
  return {
    ...daySpan(query),
    relations: query.relations,
    // No kinds listed means any kind.
    meetingKinds: query.meetingKinds?.length ? query.meetingKinds : null,
    pactKinds: query.pactKinds?.length ? query.pactKinds : null,
    openEnd: OPEN_END,
  };
}

function eventSummary(raw: unknown): EventSummary {
  const e = plain(raw) as EventSummary;
  return {
    id: e.id, type: e.type, kind: e.kind, title: e.title ?? null, date: e.date ?? null, endDate: e.endDate ?? null,
    status: e.status ?? null, place: e.place ?? null, participants: sorted(e.participants),
  };
}
