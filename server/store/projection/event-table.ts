// The projection's storage: every meeting and pact as one row of growable typed columns (day
// span, kind, whether the date is known) plus the actors taking part, with two indexes built as
// rows arrive: each actor's events and each actor pair's events (the pairs are the store's TIE
// edges: every two actors of one event). A million events take about 100 MB this way, where
// objects per event would take several times that.
import type { Relation } from '../../domain/network/schema.js';
import type { EventFacts } from '../graph-store.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day (negative before): the proleptic Gregorian
 * day count in integer arithmetic (a million of these at load; Date.UTC is several times slower). */
export function dayNumber(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)), d = Number(day.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const dayCache = new Map<number, string>();
/** YYYY-MM-DD of a day number; cached because a window's aggregates repeat the same few days. */
export function dayText(n: number): string {
  let s = dayCache.get(n);
  if (s === undefined) {
    const d = new Date(n * DAY_MS);
    s = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    if (dayCache.size < 200_000) dayCache.set(n, s);
  }
  return s;
}

class Column<T extends Int32Array | Uint8Array> {
  length = 0;
  constructor(public data: T, private readonly make: (n: number) => T) {}
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

/** Events spanning more days than this are scanned whole by forWindow rather than found by start day. */
const SHORT_SPAN = 400;
const RESORT_AFTER = 4096;
/** Sort keys pack (start day + offset) and the event index into one exact double. */
const DAY_OFFSET = 2 ** 21;
const INDEX_RANGE = 2 ** 23;

export const MEETING = 0;
export const PACT = 1;
export const relationOfType = (t: number): Relation => (t === MEETING ? 'met' : 'pact');

/** One actor pair's events (a < b as text, the store's TIE order); index: its place in `pairList`. */
export interface Pair { a: number; b: number; index: number; events: number[] }

export class EventTable {
  readonly ids: string[] = [];
  private readonly byId = new Map<string, number>();
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

  readonly actorIds: string[] = [];
  private readonly actorIndex = new Map<string, number>();
  /** Per actor: its events (ascending index), and its pairs by the other actor. */
  readonly eventsOf: number[][] = [];
  readonly pairsOf: Map<number, Pair>[] = [];
  readonly pairs = new Map<number, Pair>();
  readonly pairList: Pair[] = [];
  private pairOrder: Pair[] | null = null;

  /** Short events sorted by start day, those added since, and the long ones (see forWindow). */
  private order = new Int32Array(0);
  private tail: number[] = [];
  private readonly long: number[] = [];

  readonly kinds: string[] = [];
  private readonly kindIndex = new Map<string, number>();

  get size(): number { return this.ids.length; }
  indexOf(id: string): number | undefined { return this.byId.get(id); }
  actorOf(id: string): number | undefined { return this.actorIndex.get(id); }
  kindOf(kind: string): number | undefined { return this.kindIndex.get(kind); }

  /** Pairs in the store's tie order (a, then b, as text). */
  pairsInOrder(): Pair[] {
    if (!this.pairOrder) {
      const ids = this.actorIds;
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      this.pairOrder = [...this.pairList].sort((p, q) => cmp(ids[p.a], ids[q.a]) || cmp(ids[p.b], ids[q.b]));
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

  /** Calls visit(pair) for every pair of e's actors (no arrays made: this runs per event per query). */
  forPairsOf(e: number, visit: (p: Pair) => void): void {
    const start = this.actorStart.data[e], n = this.actorCount.data[e], pool = this.pool.data;
    for (let i = 1; i < n; i++) {
      const byOther = this.pairsOf[pool[start + i]];
      for (let j = 0; j < i; j++) visit(byOther.get(pool[start + j])!);
    }
  }

  actorsOf(e: number): number[] {
    const start = this.actorStart.data[e], n = this.actorCount.data[e];
    return Array.from(this.pool.data.subarray(start, start + n));
  }

  /** Adds an event, or for one already here adds the actors it did not have: stored events keep
   * their dates and kind, as the store keeps a node that already exists. */
  add(f: EventFacts): number {
    const actors: number[] = [];
    for (const id of f.actors) { const a = this.intern(id); if (!actors.includes(a)) actors.push(a); }
    const have = this.byId.get(f.id);
    if (have !== undefined) {
      const old = this.actorsOf(have);
      const fresh = actors.filter((a) => !old.includes(a));
      if (fresh.length) this.setActors(have, old, [...old, ...fresh]);
      return have;
    }
    const e = this.ids.length;
    if (e >= INDEX_RANGE) throw new Error(`the projection holds at most ${INDEX_RANGE} events`);
    this.ids.push(f.id);
    this.byId.set(f.id, e);
    this.type.push(f.type === 'meeting' ? MEETING : PACT);
    this.known.push(f.dateKnown ? 1 : 0);
    this.kind.push(this.internKind(f.kind));
    this.dayFrom.push(dayNumber(f.dateFrom));
    this.dayTo.push(dayNumber(f.dateTo));
    this.actorStart.push(this.pool.length);
    this.actorCount.push(0);
    this.setActors(e, [], actors);
    if (this.dayTo.data[e] - this.dayFrom.data[e] > SHORT_SPAN) this.long.push(e); else this.tail.push(e);
    return e;
  }

  /** Calls visit(e) for every event that may overlap [lo, hi] (day numbers): short events by a
   * binary search of the start-day order, plus the few long ones (open-ended pacts, undated
   * spans). Callers still test the overlap. */
  forWindow(lo: number, hi: number, visit: (e: number) => void): void {
    if (this.tail.length > RESORT_AFTER) this.resort();
    const order = this.order, from = this.dayFrom.data;
    let l = 0, h = order.length;
    const start = lo - SHORT_SPAN;
    while (l < h) { const mid = (l + h) >>> 1; if (from[order[mid]] < start) l = mid + 1; else h = mid; }
    for (let i = l; i < order.length && from[order[i]] <= hi; i++) visit(order[i]);
    for (const e of this.tail) visit(e);
    for (const e of this.long) visit(e);
  }

  /** Folds the events added since the last sort into the start-day order. */
  private resort(): void {
    const all = new Float64Array(this.order.length + this.tail.length);
    const from = this.dayFrom.data;
    let i = 0;
    for (const e of this.order) all[i++] = (from[e] + DAY_OFFSET) * INDEX_RANGE + e;
    for (const e of this.tail) all[i++] = (from[e] + DAY_OFFSET) * INDEX_RANGE + e;
    all.sort();
    const order = new Int32Array(all.length);
    for (let k = 0; k < all.length; k++) order[k] = all[k] % INDEX_RANGE;
    this.order = order;
    this.tail = [];
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
    const key = x < y ? x * 65_536 + y : y * 65_536 + x;
    let p = this.pairs.get(key);
    if (!p) {
      const [a, b] = this.actorIds[x] < this.actorIds[y] ? [x, y] : [y, x];
      p = { a, b, index: this.pairList.length, events: [] };
      this.pairs.set(key, p);
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

  private intern(actor: string): number {
    let i = this.actorIndex.get(actor);
    if (i === undefined) {
      i = this.actorIds.length;
      if (i >= 65_536) throw new Error('the projection holds at most 65,536 countries and organisations');
      this.actorIds.push(actor);
      this.actorIndex.set(actor, i);
      this.eventsOf.push([]);
      this.pairsOf.push(new Map());
    }
    return i;
  }

  private internKind(kind: string): number {
    let i = this.kindIndex.get(kind);
    if (i === undefined) {
      i = this.kinds.length;
      if (i >= 256) throw new Error('the projection holds at most 256 event kinds');
      this.kinds.push(kind);
      this.kindIndex.set(kind, i);
    }
    return i;
  }
}
