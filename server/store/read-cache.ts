// A read cache in front of any GraphStore. Network, ego, path and analytics views repeat the
// same store reads (every client polling one window, the time slider going back and forth), and
// the embedded engine answers reads one connection at a time. A write drops the entries it may
// change (write-impact.ts: windows its events overlap, actors and ids it touches) and keeps the
// rest, so a server taking in this week's news keeps its history views warm; a failed write
// empties the cache. A read never sees a graph older than the last write of this process.
// Only for a store this process alone writes to (the embedded store's file lock guarantees it);
// several servers sharing one Neo4j would not see each other's writes, so main.ts leaves Neo4j
// uncached. Answers are shared, not copied (a copy of a year's ties costs more than computing
// them): they are frozen, so a caller that tried to reshape one would fail loudly at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import { LRUCache } from 'lru-cache';
import type { GraphStore, WriteBatch } from './graph-store.js';
import { impactOf, mayChange } from './write-impact.js';

type ReadName = 'counts' | 'timeRange' | 'search' | 'getNodes' | 'roles' | 'activity' | 'entityEvents' | 'counterparts' | 'eventDetail' | 'pairEvents' | 'ties' | 'networkTies' | 'attendance' | 'shortestPaths';

export interface ReadCacheStats { hits: number; misses: number; clears: number; kept: number; dropped: number }

type Entry = { pending: Promise<unknown>; name: ReadName; args: unknown[]; answer?: unknown };

/** The cached reads one piece of work made: still fresh while every one is still cached. Null
 * when the work also read around the cache (write-path look-ups), so nothing vouches for it. */
export type ReadSet = { readonly entries: readonly Entry[] } | null;

/** Lets a caller cache what it derives from reads (an HTTP body) exactly as long as the reads
 * stay cached: track() records the reads of some work, isFresh() says whether a write has since
 * dropped any of them. */
export interface ReadTracking {
  track<T>(work: () => Promise<T>): Promise<{ value: T; reads: ReadSet }>;
  isFresh(reads: ReadSet): boolean;
}

const tracker = new AsyncLocalStorage<{ entries: Entry[]; bypassed: boolean }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function withReadCache(store: GraphStore, maxEntries: number): GraphStore & { cacheStats(): ReadCacheStats; readTracking: ReadTracking } {
  /** Each entry keeps what it was read with, to judge whether a write may change it. */
  const cache = new LRUCache<string, Entry>({ max: Math.max(1, maxEntries) });
  const stats: ReadCacheStats = { hits: 0, misses: 0, clears: 0, kept: 0, dropped: 0 };
  let generation = 0;
  const clear = () => { generation++; cache.clear(); stats.clears++; };
  const forget = (batch: WriteBatch) => {
    generation++;
    const impact = impactOf(batch);
    for (const [key, entry] of [...cache.entries()]) {
      if (mayChange(impact, entry.name, entry.args, entry.answer)) { cache.delete(key); stats.dropped++; } else stats.kept++;
    }
  };

  const keyOf = (e: Pick<Entry, 'name' | 'args'>) => `${e.name}|${JSON.stringify(e.args)}`;
  const cachedRead = (name: ReadName) => async (...args: unknown[]): Promise<unknown> => {
    const key = keyOf({ name, args });
    const hit = cache.get(key);
    if (hit) { stats.hits++; tracker.getStore()?.entries.push(hit); return hit.pending; }
    stats.misses++;
    const started = generation;
    const entry: Entry = { pending: (store[name] as (...a: unknown[]) => Promise<unknown>).apply(store, args).then(deepFreeze), name, args };
    cache.set(key, entry);
    tracker.getStore()?.entries.push(entry);
    // A failed read is not remembered, nor one that a write overtook while it ran.
    const drop = () => { if (cache.peek(key) === entry) cache.delete(key); };
    entry.pending.then((answer) => { entry.answer = answer; if (generation !== started) drop(); }, drop);
    return entry.pending;
  };

  const read = (name: ReadName) => cachedRead(name) as never;
  /** A read around the cache: whatever work made it cannot be vouched for by the cache. */
  const around = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => {
    const t = tracker.getStore();
    if (t) t.bypassed = true;
    return f(...a);
  };
  const readTracking: ReadTracking = {
    async track(work) {
      const t = { entries: [] as Entry[], bypassed: false };
      const value = await tracker.run(t, work);
      return { value, reads: t.bypassed || !t.entries.length ? null : { entries: t.entries } };
    },
    // The entry objects themselves: a read that was dropped and read again is a new entry.
    isFresh: (reads) => !!reads && reads.entries.every((e) => cache.peek(keyOf(e)) === e),
  };
  const wrapper: GraphStore & { cacheStats(): ReadCacheStats; readTracking: ReadTracking } = {
    get info() { return store.info; },
    init: () => store.init(),
    close: () => store.close(),
    async writeBatch(batch) {
      try {
        const stats = await store.writeBatch(batch);
        forget(batch);
        return stats;
      } catch (err) {
        clear();
        throw err;
      }
    },
    // The write path's own look-ups always ask the database.
    hasDocument: around((id) => store.hasDocument(id)),
    findMeetings: around((from, to, actors) => store.findMeetings(from, to, actors)),
    findPacts: around((parties) => store.findPacts(parties)),
    dump: around(() => store.dump()),
    scanEvents: around((sink, ids) => store.scanEvents(sink, ids)),
    eventSummaries: around((ids) => store.eventSummaries(ids)),
    algorithms: around(() => store.algorithms()),
    counts: read('counts'), timeRange: read('timeRange'), search: read('search'), getNodes: read('getNodes'), roles: read('roles'), activity: read('activity'),
    entityEvents: read('entityEvents'), counterparts: read('counterparts'), eventDetail: read('eventDetail'), pairEvents: read('pairEvents'),
    ties: read('ties'), networkTies: read('networkTies'), attendance: read('attendance'), shortestPaths: read('shortestPaths'),
    cacheStats: () => ({ ...stats }),
    readTracking,
  };
  return wrapper;
}
