// The projection's storage: every meeting and pact as one row of growable typed columns (day
// span, kind, whether the date is known) plus the actors taking part, with two indexes built as
// rows arrive: each actor's events and each actor pair's events (the pairs are the store's TIE
// edges: every two actors of one event). A million events take about 100 MB this way, where
// objects per event would take several times that.
import type { EventFacts } from '../graph-store.js';
import { dayNumber } from '../day-numbers.js';
import { IdIndex } from './id-index.js';

class Column<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(public data: T, private readonly make: (n: number) => T) {}
  /** Rows in a new order (order[new] = old), in an array of exactly that many rows. */
  reorder(order: Int32Array): void {
    const data = this.make(order.length), old = this.data;
    for (let k = 0; k < order.length; k++) data[k] = old[order[k]];
    this.data = data;
    this.length = order.length;
  }
  push(v: number): number {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = v;
    return this.length++;
  }
}
const ints = () => new Column(new Int32Array(1024), (n) => new Int32Array(n));
const bytes = () => new Column(new Uint8Array(1024), (n) => new Uint8Array(n));

/** Events are kept in tiers by span (days): a window finds a tier's events by start day, looking
 * back as far as the tier's longest span. Longer events (open-ended pacts) are scanned whole. */
const SPAN_TIERS = [7, 62, 400];
const RESORT_AFTER = 4096;
/** Sort keys pack (start day + offset) and the event index into one exact double. */
const DAY_OFFSET = 2 ** 21;
const INDEX_RANGE = 2 ** 23;
/** Puts pacts after meetings in orderByStartDay's keys (above every offset start day). */
const TYPE_STRIDE = 2 ** 22;

export const MEETING = 0;
export const PACT = 1;

const LATIN1 = /^[\u0000-\u00ff]*$/;

/** A string holding its own characters. A slice of a longer text (as the ids parsed from a
 * megabyte chunk of the store's export are) is a view that keeps the whole text alive in V8;
 * for a million ids, copies took about 30 MB less heap than the views and their texts. */
export function ownCopy(s: string): string {
  if (LATIN1.test(s)) return Buffer.from(s, 'latin1').toString('latin1');
  // Beyond Latin-1 (rare in ids): flattening a concatenation copies exactly, lone surrogates too.
  const padded = `${s} `;
  padded.charCodeAt(0);
  return padded.slice(0, -1);
}

/** orderByStartDay's order (order[new] = old): meetings, then pacts, each by start day. */
function startDayOrder(type: Uint8Array, dayFrom: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const keys = new Float64Array(n);
  for (let e = 0; e < n; e++) keys[e] = ((type[e] === MEETING ? 0 : TYPE_STRIDE) + dayFrom[e] + DAY_OFFSET) * INDEX_RANGE + e;
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k] % INDEX_RANGE;
  return order;
}

/** The actor lists laid out again in a new order: where each starts in the new pool. */
function gatherActors(order: Int32Array, oldStart: Int32Array, count: Int32Array, oldPool: Int32Array, poolLength: number): { start: Int32Array<ArrayBuffer>; pool: Int32Array<ArrayBuffer> } {
  const start = new Int32Array(order.length), pool = new Int32Array(poolLength);
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const e = order[k], m = count[e], s = oldStart[e];
    start[k] = at;
    for (let i = 0; i < m; i++) pool[at + i] = oldPool[s + i];
    at += m;
  }
  return { start, pool };
}

/** An ascending list of event indexes under a renumbering (rank[old] = new), ascending again. */
function renumber(list: number[], rank: Int32Array): void {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = rank[list[i]];
  out.sort();
  for (let i = 0; i < list.length; i++) list[i] = out[i];
}

/** Small integers for repeated strings (actor ids, kinds), up to a fixed count. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly max: number, private readonly what: string, private readonly onNew: () => void = () => undefined) {}
  get(value: string): number | undefined { return this.index.get(value); }
  intern(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      if (i >= this.max) throw new Error(`the projection holds at most ${this.max.toLocaleString('en')} ${this.what}`);
      const own = ownCopy(value);
      this.values.push(own);
      this.index.set(own, i);
      this.onNew();
    }
    return i;
  }
}

/** One actor pair's events (a < b as text, the store's TIE order); index: its place in `pairList`. */
export interface Pair { a: number; b: number; index: number; events: number[] }

export class EventTable {
  readonly ids: string[] = [];
  private readonly byId = new IdIndex(this.ids);
  readonly type = bytes();
  readonly known = bytes();
  readonly kind = bytes();
  readonly dayFrom = ints();
  readonly dayTo = ints();
  /** Where each event's actor list starts in `pool`, and how long it is (read directly by hot loops). */
  readonly actorStart = ints();
  readonly actorCount = ints();
  readonly pool = ints();
  /** pairIndex[x * actors + y]: the index of the pair of actors x and y, -1 for none; rebuilt when actors are added. */
  private matrix: Int32Array | null = null;

  private readonly actors = new Interner(65_536, 'countries and organisations', () => { this.eventsOf.push([]); this.pairsOf.push(new Map()); });
  readonly actorIds = this.actors.values;
  /** Per actor: its events (ascending index), and its pairs by the other actor. */
  readonly eventsOf: number[][] = [];
  readonly pairsOf: Map<number, Pair>[] = [];
  readonly pairList: Pair[] = [];
  private pairOrder: { a: Int32Array; b: Int32Array; index: Int32Array } | null = null;

  /** Per span tier: events sorted by start day, and those added since; then the long ones (see inWindow). */
  private readonly tiers = SPAN_TIERS.map((span) => ({ span, order: new Int32Array(0), tail: [] as number[] }));
  private readonly long: number[] = [];

  private readonly kindNames = new Interner(256, 'event kinds');
  readonly kinds = this.kindNames.values;

  get size(): number { return this.ids.length; }
  indexOf(id: string): number | undefined { return this.byId.get(id); }
  actorOf(id: string): number | undefined { return this.actors.get(id); }
  kindOf(kind: string): number | undefined { return this.kindNames.get(kind); }

  /** Pairs in the store's tie order (a, then b, as text), as columns for hot loops. */
  pairsInOrder(): { a: Int32Array; b: Int32Array; index: Int32Array } {
    if (!this.pairOrder) {
      const ids = this.actorIds;
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const sorted = [...this.pairList].sort((p, q) => cmp(ids[p.a], ids[q.a]) || cmp(ids[p.b], ids[q.b]));
      this.pairOrder = { a: Int32Array.from(sorted, (p) => p.a), b: Int32Array.from(sorted, (p) => p.b), index: Int32Array.from(sorted, (p) => p.index) };
    }
    return this.pairOrder;
  }

  /** The dense pair-index matrix (actors × actors), for loops over many events' pairs. */
  pairMatrix(): Int32Array {
    const n = this.actorIds.length;
    if (!this.matrix || this.matrix.length !== n * n) {
      const m = new Int32Array(n * n).fill(-1);
      for (const p of this.pairList) { m[p.a * n + p.b] = p.index; m[p.b * n + p.a] = p.index; }
      this.matrix = m;
    }
    return this.matrix;
  }

  actorsOf(e: number): number[] {
    const start = this.actorStart.data[e], n = this.actorCount.data[e];
    return Array.from(this.pool.data.subarray(start, start + n));
  }

  /** Adds an event, or for one already here adds the actors it did not have: stored events keep
   * their dates and kind, as the store keeps a node that already exists. */
  add(f: EventFacts): number {
    const actors: number[] = [];
    for (const id of f.actors) { const a = this.actors.intern(id); if (!actors.includes(a)) actors.push(a); }
    const have = this.byId.get(f.id);
    if (have !== undefined) {
      const old = this.actorsOf(have);
      const fresh = actors.filter((a) => !old.includes(a));
      if (fresh.length) this.setActors(have, old, [...old, ...fresh]);
      return have;
    }
    const e = this.ids.length;
    if (e >= INDEX_RANGE) throw new Error(`the projection holds at most ${INDEX_RANGE} events`);
    const id = ownCopy(f.id);
    this.ids.push(id);
    this.byId.set(e);
    this.type.push(f.type === 'meeting' ? MEETING : PACT);
    this.known.push(f.dateKnown ? 1 : 0);
    this.kind.push(this.kindNames.intern(f.kind));
    this.dayFrom.push(dayNumber(f.dateFrom));
    this.dayTo.push(dayNumber(f.dateTo));
    this.actorStart.push(this.pool.length);
    this.actorCount.push(0);
    this.setActors(e, [], actors);
    this.tierOf(e).push(e);
    return e;
  }

  /** The list an event joins by its span: a tier's tail, or the long events. */
  private tierOf(e: number): number[] {
    const span = this.dayTo.data[e] - this.dayFrom.data[e];
    for (const tier of this.tiers) if (span <= tier.span) return tier.tail;
    return this.long;
  }

  /** Visits every event overlapping [lo, hi] (day numbers), in no particular order (a visitor,
   * not a list: a year's 80,000 events made a 2.7 MB array per query). */
  inWindow(lo: number, hi: number, visit: (e: number) => void): void {
    this.settle(RESORT_AFTER);
    const from = this.dayFrom.data, to = this.dayTo.data;
    for (const { span, order, tail } of this.tiers) {
      let l = 0, h = order.length;
      const start = lo - span;
      while (l < h) { const mid = (l + h) >>> 1; if (from[order[mid]] < start) l = mid + 1; else h = mid; }
      for (let i = l; i < order.length; i++) {
        const e = order[i];
        if (from[e] > hi) break;
        if (to[e] >= lo) visit(e);
      }
      for (const e of tail) if (from[e] <= hi && to[e] >= lo) visit(e);
    }
    for (const e of this.long) if (from[e] <= hi && to[e] >= lo) visit(e);
  }

  /** Folds events added since the last sort into the start-day orders (once more than
   * `after` wait): done after a load so the first query does not pay for it. */
  settle(after = 0): void {
    const from = this.dayFrom.data;
    for (const tier of this.tiers) {
      if (tier.tail.length <= after) continue;
      const all = new Float64Array(tier.order.length + tier.tail.length);
      let i = 0;
      for (const e of tier.order) all[i++] = (from[e] + DAY_OFFSET) * INDEX_RANGE + e;
      for (const e of tier.tail) all[i++] = (from[e] + DAY_OFFSET) * INDEX_RANGE + e;
      all.sort();
      const order = new Int32Array(all.length);
      for (let k = 0; k < all.length; k++) order[k] = all[k] % INDEX_RANGE;
      tier.order = order;
      tier.tail = [];
    }
  }

  /** Renumbers the events after a bulk load: meetings, then pacts, each in start-day order
   * (events of one day keep their relative order). A window's events then sit side by side in
   * every column, where reading them scattered over a million rows costs several times more in
   * cache misses; and the hot loops, which branch on the event type and on the number of actors,
   * meet long runs of one type (interleaving pacts and meetings by day made a year's network
   * 1.6x slower). The store could export them in order, but its sort holds every row in its page
   * cache at once (about 250 MB of resident memory that stays). Columns come out exactly as long
   * as the table. */
  orderByStartDay(): void {
    const n = this.ids.length;
    const order = startDayOrder(this.type.data, this.dayFrom.data, n);
    for (const column of [this.type, this.known, this.kind, this.dayFrom, this.dayTo]) column.reorder(order);
    const ids = this.ids.slice();
    for (let k = 0; k < n; k++) this.ids[k] = ids[order[k]];
    this.byId.clear();
    for (let k = 0; k < n; k++) this.byId.set(k);
    const { start, pool } = gatherActors(order, this.actorStart.data, this.actorCount.data, this.pool.data, this.pool.length);
    this.actorCount.reorder(order);
    this.actorStart.data = start;
    this.pool.data = pool;
    // The span tiers from scratch (a tier's order is by start day across both types).
    this.long.length = 0;
    for (const tier of this.tiers) { tier.order = new Int32Array(0); tier.tail = []; }
    for (let e = 0; e < n; e++) this.tierOf(e).push(e);
    this.settle();
    const rank = new Int32Array(n);
    for (let k = 0; k < n; k++) rank[order[k]] = k;
    for (const list of this.eventsOf) renumber(list, rank);
    for (const p of this.pairList) renumber(p.events, rank);
  }

  private setActors(e: number, old: number[], all: number[]): void {
    this.actorStart.data[e] = this.pool.length;
    this.actorCount.data[e] = all.length;
    for (const a of all) this.pool.push(a);
    for (let i = 0; i < all.length; i++) {
      const isNew = i >= old.length;
      if (isNew) this.eventsOf[all[i]].push(e);
      // Every pair with at least one new end is new.
      for (let j = 0; j < i; j++) if (isNew) this.pairOf(all[i], all[j]).events.push(e);
    }
  }

  private pairOf(x: number, y: number): Pair {
    let p = this.pairsOf[x].get(y);
    if (!p) {
      const [a, b] = this.actorIds[x] < this.actorIds[y] ? [x, y] : [y, x];
      p = { a, b, index: this.pairList.length, events: [] };
      this.pairList.push(p);
      this.pairOrder = null;
      if (this.matrix && this.matrix.length === this.actorIds.length ** 2) {
        const n = this.actorIds.length;
        this.matrix[x * n + y] = p.index;
        this.matrix[y * n + x] = p.index;
      }
      this.pairsOf[x].set(y, p);
      this.pairsOf[y].set(x, p);
    }
    return p;
  }
}
