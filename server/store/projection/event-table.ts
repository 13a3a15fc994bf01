// The projection's storage: every meeting and pact as one row of growable typed columns (day
// span, kind, whether the date is known) plus the actors taking part, with two indexes built as
// rows arrive: each actor's events and each actor pair's events (the pairs are the store's TIE
// edges: every two actors of one event). A million events take about 100 MB this way, where
// objects per event would take several times that.
import type { EventFacts } from '../graph-store.js';
import { dayNumber } from '../day-numbers.js';

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

/** Events are kept in tiers by span (days): a window finds a tier's events by start day, looking
 * back as far as the tier's longest span. Longer events (open-ended pacts) are scanned whole. */
const SPAN_TIERS = [7, 62, 400];
const RESORT_AFTER = 4096;
/** Sort keys pack (start day + offset) and the event index into one exact double. */
const DAY_OFFSET = 2 ** 21;
const INDEX_RANGE = 2 ** 23;

export const MEETING = 0;
export const PACT = 1;

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
      this.values.push(value);
      this.index.set(value, i);
      this.onNew();
    }
    return i;
  }
}

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
    this.ids.push(f.id);
    this.byId.set(f.id, e);
    this.type.push(f.type === 'meeting' ? MEETING : PACT);
    this.known.push(f.dateKnown ? 1 : 0);
    this.kind.push(this.kindNames.intern(f.kind));
    this.dayFrom.push(dayNumber(f.dateFrom));
    this.dayTo.push(dayNumber(f.dateTo));
    this.actorStart.push(this.pool.length);
    this.actorCount.push(0);
    this.setActors(e, [], actors);
    const span = this.dayTo.data[e] - this.dayFrom.data[e];
    const tier = this.tiers.find((t) => span <= t.span);
    (tier ? tier.tail : this.long).push(e);
    return e;
  }

  /** Every event overlapping [lo, hi] (day numbers), in no particular order. */
  inWindow(lo: number, hi: number): number[] {
    this.settle(RESORT_AFTER);
    const from = this.dayFrom.data, to = this.dayTo.data;
    const found: number[] = [];
    for (const { span, order, tail } of this.tiers) {
      let l = 0, h = order.length;
      const start = lo - span;
      while (l < h) { const mid = (l + h) >>> 1; if (from[order[mid]] < start) l = mid + 1; else h = mid; }
      for (let i = l; i < order.length; i++) {
        const e = order[i];
        if (from[e] > hi) break;
        if (to[e] >= lo) found.push(e);
      }
      for (const e of tail) if (from[e] <= hi && to[e] >= lo) found.push(e);
    }
    for (const e of this.long) if (from[e] <= hi && to[e] >= lo) found.push(e);
    return found;
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
