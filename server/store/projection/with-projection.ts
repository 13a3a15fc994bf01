// An in-memory projection in front of a GraphStore: every event's day span, kind and actors,
// loaded once with the store's bulk scan (scanEvents) and kept in step with every committed
// write of this process. Windowed tie aggregates, paths, pair and actor event lists and the
// write path's duplicate checks are then answered from memory in milliseconds; on a million
// events the engine needs seconds for the same questions, since it scans the relationship
// tables. Everything else (node properties, evidence, persons) still comes from the store.
// Only for a store this process alone writes to (the embedded store's file lock guarantees it).
// Until the first load finishes, reads go to the store.
import type { EventSummary, PageOf } from '../../domain/network/schema.js';
import { foldActivity, type GraphStore, type NodeRecord, type StoreInfo, type WriteBatch } from '../graph-store.js';
import { dayText } from '../day-numbers.js';
import { factsOfBatch } from './apply-batch.js';
import { EventTable, MEETING, PACT } from './event-table.js';
import { shortestPathsOf } from './paths.js';
import { counterpartsOf, eventsPassing, exactActorEvents, newestPage, timeRangeOf, windowFilter } from './queries.js';
import { networkTiesOf, tiesOf } from './window-ties.js';
import { isActorId } from '../../domain/ids.js';

export type ProjectionState = ProjectionInfo['state'];

export type ProjectionInfo = NonNullable<StoreInfo['projection']>;

export interface ProjectedStore extends GraphStore {
  projection(): ProjectionInfo;
  /** Resolves when the first load has finished (or failed: reads then stay with the store). */
  projectionReady(): Promise<void>;
}


export function withProjection(store: GraphStore, log: (msg: string) => void = () => undefined): ProjectedStore {
  let table = new EventTable();
  let state: ProjectionState = 'loading';
  let loadMs: number | null = null;
  let error: string | undefined;
  /** Batches committed while the scan ran: applied once it ends (adding twice changes nothing). */
  let pending: WriteBatch[] = [];
  let loading: Promise<void> | null = null;

  const apply = async (batch: WriteBatch) => {
    const { facts, touched } = factsOfBatch(batch);
    for (const f of facts) table.add(f);
    // Stored events that gained edges: their actor sets as the store now has them.
    if (touched.length) await store.scanEvents((rows) => { for (const f of rows) table.add(f); }, touched);
  };

  const load = () => {
    loading ??= (async () => {
      const started = performance.now();
      const next = new EventTable();
      try {
        await store.scanEvents((rows) => { for (const f of rows) next.add(f); });
        next.orderByStartDay();
        table = next;
        for (const b of pending) await apply(b);
        pending = [];
        state = 'ready';
        loadMs = Math.round(performance.now() - started);
        log(`projection: ${table.size} events, ${table.actorIds.length} actors, ${table.pairList.length} pairs loaded in ${loadMs} ms`);
      } catch (err) {
        state = 'failed';
        error = (err as Error).message;
        pending = [];
        log(`projection: loading failed (${error}); reads stay with the store`);
      }
    })();
    return loading;
  };

  const ready = () => state === 'ready';
  /** An event's stored day span, as the table holds it. */
  const spanOf = (id: string) => { const e = table.indexOf(id)!; return { dateFrom: dayText(table.dayFrom.data[e]), dateTo: dayText(table.dayTo.data[e]) }; };

  /** Summaries of one page of these events, newest first (the store looks them up by key). */
  const page = async (events: number[], offset: number, limit: number): Promise<PageOf<EventSummary>> => {
    const { total, page: chosen } = newestPage(table, events, offset, limit);
    const ids = chosen.map((e) => table.ids[e]);
    const byId = new Map((await store.eventSummaries(ids)).map((s) => [s.id, s]));
    return { total, offset, limit, items: ids.map((id) => byId.get(id)).filter((s): s is EventSummary => s !== undefined) };
  };

  /** Country and organisation records, as read: a stored node is never changed by a later
   * write (writes leave existing nodes as they are), and every network needs all of them. */
  const actorRecords = new Map<string, NodeRecord>();
  const getNodes = async (ids: string[]): Promise<NodeRecord[]> => {
    const missing = ids.filter((id) => !(isActorId(id) && actorRecords.has(id)));
    const read = missing.length ? await store.getNodes(missing) : [];
    for (const r of read) if (isActorId(r.id)) actorRecords.set(r.id, r);
    const byId = new Map(read.map((r) => [r.id, r]));
    return ids.map((id) => actorRecords.get(id) ?? byId.get(id)).filter((r): r is NodeRecord => r !== undefined);
  };

  /** Events with all these actors are among the first two's shared events (or the one's own). */
  const candidates = (actors: number[]) => (actors.length > 1 ? table.pairsOf[actors[0]].get(actors[1])?.events ?? [] : table.eventsOf[actors[0]]);

  const wrapper: ProjectedStore = {
    get info() { return { ...store.info, projection: wrapper.projection() }; },
    async init() {
      await store.init();
      void load();
    },
    close: () => store.close(),
    projection: () => ({ state, events: table.size, actors: table.actorIds.length, pairs: table.pairList.length, loadMs, ...(error ? { error } : {}) }),
    projectionReady: () => load(),

    async writeBatch(batch) {
      const stats = await store.writeBatch(batch);
      if (state === 'loading') pending.push(batch);
      else if (state === 'ready') await apply(batch);
      return stats;
    },
    hasDocument: (id) => store.hasDocument(id),

    async findMeetings(dateFrom, dateTo, actors) {
      const want = [...new Set(actors)];
      if (!ready() || !want.length || !want.every(isActorId)) return store.findMeetings(dateFrom, dateTo, actors);
      const idx = want.map((a) => table.actorOf(a));
      if (idx.some((i) => i === undefined)) return [];
      const f = windowFilter(table, { from: dateFrom, to: dateTo }, ['met']);
      const found = exactActorEvents(table, candidates(idx as number[]), idx as number[], MEETING, f).map((e) => table.ids[e]).sort();
      if (!found.length) return [];
      const summaries = new Map((await store.eventSummaries(found)).map((s) => [s.id, s]));
      return found.map((id) => ({ id, persons: (summaries.get(id)?.participants ?? []).filter((p) => p.startsWith('person:')).sort(), ...spanOf(id) }));
    },

    async findPacts(parties) {
      const want = [...new Set(parties)];
      if (!ready() || !want.length || !want.every(isActorId)) return store.findPacts(parties);
      const idx = want.map((a) => table.actorOf(a));
      if (idx.some((i) => i === undefined)) return [];
      const found = exactActorEvents(table, candidates(idx as number[]), idx as number[], PACT).map((e) => table.ids[e]).sort();
      if (!found.length) return [];
      const nodes = new Map((await getNodes(found)).map((n) => [n.id, n.props]));
      return found.map((id) => {
        const p = nodes.get(id) ?? {};
        return { id, kind: String(p.kind ?? table.kinds[table.kind.data[table.indexOf(id)!]]), names: (p.names as string[] | undefined) ?? [], date: (p.date as string | null | undefined) ?? null, ...spanOf(id) };
      });
    },

    counts: () => store.counts(),
    timeRange: () => (ready() ? Promise.resolve(timeRangeOf(table)) : store.timeRange()),
    search: (text, limit) => store.search(text, limit),
    getNodes,
    roles: (id) => store.roles(id),
    eventDetail: (id) => store.eventDetail(id),
    attendance: (q) => store.attendance(q),
    dump: () => store.dump(),
    scanEvents: (sink, ids) => store.scanEvents(sink, ids),
    eventSummaries: (ids) => store.eventSummaries(ids),
    algorithms: () => store.algorithms(),

    async entityEvents(id, window, offset, limit) {
      const a = table.actorOf(id);
      if (!ready() || !isActorId(id)) return store.entityEvents(id, window, offset, limit);
      if (a === undefined) return { total: 0, offset, limit, items: [] };
      return page(eventsPassing(table.eventsOf[a], windowFilter(table, window)), offset, limit);
    },

    async activity(id) {
      if (!ready() || !isActorId(id)) return store.activity(id);
      const a = table.actorOf(id);
      if (a === undefined) return [];
      const known = table.known.data, day = table.dayFrom.data, type = table.type.data;
      return foldActivity(table.eventsOf[a].filter((e) => known[e] === 1).map((e) => ({ year: dayText(day[e]).slice(0, 4), type: type[e] === MEETING ? 'meeting' : 'pact', n: 1 })));
    },

    async counterparts(id, window, limit) {
      if (!ready() || !isActorId(id)) return store.counterparts(id, window, limit);
      const a = table.actorOf(id);
      return a === undefined ? [] : counterpartsOf(table, a, window, limit);
    },

    async pairEvents(a, b, relations, window, offset, limit) {
      if (!ready() || !isActorId(a) || !isActorId(b)) return store.pairEvents(a, b, relations, window, offset, limit);
      const x = table.actorOf(a), y = table.actorOf(b);
      const pair = x === undefined || y === undefined || a === b ? undefined : table.pairsOf[x].get(y);
      if (!pair || !relations.length) return { total: 0, offset, limit, items: [] };
      return page(eventsPassing(pair.events, windowFilter(table, window, relations)), offset, limit);
    },

    ties: (q) => (ready() ? Promise.resolve(tiesOf(table, q)) : store.ties(q)),
    networkTies: (q) => (ready() ? Promise.resolve(networkTiesOf(table, q)) : store.networkTies(q)),

    async shortestPaths(q) {
      return ready() ? shortestPathsOf(table, q) : store.shortestPaths(q);
    },
  };
  return wrapper;
}
