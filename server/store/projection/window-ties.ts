// Windowed tie aggregates from the event table: the port's `ties` (every event id, store order)
// and `networkTies` (filtered, few ids, actor weights) in one pass. The window's events are
// dropped into per-pair lists (pairLists); each kept list then yields its count, kinds, first
// and last day and its newest ids.
import type { NetworkTieQuery, NetworkTies, TieAggregate, TieFilters, TieQuery } from '../graph-store.js';
import { actorTestsOf } from '../network-ties.js';
import { daySpan } from '../window.js';
import { dayNumber, dayText } from '../day-numbers.js';
import { MEETING, type EventTable } from './event-table.js';
import { filterOf } from './queries.js';

/** Aggregated ties in the window, one per pair and relation, in the store's order (a, b,
 * relation), each with all its event ids newest first. */
export function tiesOf(t: EventTable, query: TieQuery): TieAggregate[] {
  return windowTies(t, query, null, Infinity).ties;
}

/** The network's ties (see server/store/network-ties.ts for the meaning). */
export function networkTiesOf(t: EventTable, query: NetworkTieQuery): NetworkTies {
  return windowTies(t, query, query, Math.max(0, query.maxEventIds));
}

function windowTies(t: EventTable, query: TieQuery, filters: TieFilters | null, maxIds: number): NetworkTies {
  if (!query.relations.length) return { ties: [], weights: {} };
  const events = windowEvents(t, query);
  const lists = pairLists(t, events);
  const keep = actorFilter(t, filters);
  const minCount = filters?.minWeight ?? 1;
  const kept = new Uint8Array(lists.start.length);
  const kind = t.kind.data, day = t.dayFrom.data, actorIds = t.actorIds;
  const kindsOf = new KindSets(t.kinds);
  const flat = lists.events, start = lists.start;
  const order = t.pairsInOrder();
  const ties: TieAggregate[] = [];
  for (let i = 0; i < order.index.length; i++) {
    const a = order.a[i], b = order.b[i];
    if (!keep(a, b)) continue;
    for (let rel = 0; rel < 2; rel++) {
      const slot = 2 * order.index[i] + rel;
      const lo = start[slot], hi = start[slot + 1], count = hi - lo;
      if (!count || count < minCount) continue;
      kept[slot] = 1;
      kindsOf.reset();
      let first = day[flat[lo]], last = first, ascending = true;
      for (let k = lo; k < hi; k++) {
        const e = flat[k], d = day[e];
        kindsOf.see(kind[e]);
        if (d < last) ascending = false;
        if (d < first) first = d; else if (d > last) last = d;
      }
      ties.push({
        a: actorIds[a], b: actorIds[b], relation: rel === 0 ? 'met' : 'pact',
        kinds: kindsOf.names(), count,
        firstDate: dayText(first), lastDate: dayText(last),
        eventIds: newestIds(t, flat, lo, hi, maxIds, ascending),
      });
    }
  }
  return { ties, weights: filters ? actorWeights(t, events, kept) : {} };
}

/** Scratch marks for windowEvents, one byte per event (queries run one at a time). */
let marks = new Uint8Array(0);

/** The window's events that pass the query's relation and kind filters, ascending: the table
 * is numbered by start day (orderByStartDay), so each pair's list comes out nearly always in
 * day order and its newest events are its last. Ascending by marking and reading the marked
 * range back: a year's 80,000 events (its meetings and the pacts then in force) took 3.6 ms
 * to sort, 0.3 ms this way. */
function windowEvents(t: EventTable, query: TieQuery): Int32Array {
  const f = filterOf(t, query);
  const { from, to } = daySpan(query);
  if (marks.length < t.size) marks = new Uint8Array(Math.ceil(t.size * 1.25));
  let lo = t.size, hi = -1, n = 0;
  t.inWindow(dayNumber(from), dayNumber(to), (e) => {
    if (!f.test(e)) return;
    marks[e] = 1;
    n++;
    if (e < lo) lo = e;
    if (e > hi) hi = e;
  });
  const events = new Int32Array(n);
  for (let e = lo, k = 0; e <= hi; e++) if (marks[e]) { marks[e] = 0; events[k++] = e; }
  return events;
}

/** A tie's kinds as one shared, frozen, sorted array per set of kinds: a year's 20,000 ties
 * have a few hundred distinct sets. Call reset(), see() each event's kind, then names(). Sets
 * of the first 30 kinds are keyed by a bit mask (a string key cost more than the rest of the
 * tie), any other by text. */
class KindSets {
  private readonly seen: Uint8Array;
  private readonly picked: number[] = [];
  private mask = 0;
  private readonly byMask = new Map<number, readonly string[]>();
  private readonly byText = new Map<string, readonly string[]>();
  constructor(private readonly kindNames: readonly string[]) { this.seen = new Uint8Array(kindNames.length); }
  reset(): void { for (const k of this.picked) this.seen[k] = 0; this.picked.length = 0; this.mask = 0; }
  see(k: number): void {
    if (this.seen[k]) return;
    this.seen[k] = 1;
    this.picked.push(k);
    this.mask = k < 30 && this.mask >= 0 ? this.mask | (1 << k) : -1;
  }
  names(): string[] {
    const masked = this.mask >= 0;
    const key = masked ? null : this.picked.slice().sort((x, y) => x - y).join(',');
    let set = masked ? this.byMask.get(this.mask) : this.byText.get(key!);
    if (!set) {
      set = Object.freeze(this.picked.map((k) => this.kindNames[k]).sort());
      if (masked) this.byMask.set(this.mask, set); else this.byText.set(key!, set);
    }
    return set as string[];
  }
}

/** Which actor pairs the network filters let through (organisations, countries), by actor
 * index: actorTestsOf's answers for each actor, looked up once per query. */
function actorFilter(t: EventTable, filters: TieFilters | null): (a: number, b: number) => boolean {
  if (!filters) return () => true;
  const { allowed, wanted } = actorTestsOf(filters);
  const ok = Uint8Array.from(t.actorIds, (id) => (allowed(id) ? 1 : 0));
  const want = Uint8Array.from(t.actorIds, (id) => (wanted(id) ? 1 : 0));
  return (a, b) => ok[a] === 1 && ok[b] === 1 && (want[a] === 1 || want[b] === 1);
}

/** The events of each pair and relation as one flat array: slot 2 * pair.index (+1 for pacts)
 * holds events[start[slot] .. start[slot + 1]). Two passes over the events' actor pairs (count,
 * then place) and no per-pair allocation. */
function pairLists(t: EventTable, events: Int32Array): { start: Int32Array; events: Int32Array } {
  const n = t.actorIds.length, matrix = t.pairMatrix();
  const type = t.type.data, first = t.actorStart.data, count = t.actorCount.data, pool = t.pool.data;
  const start = new Int32Array(t.pairList.length * 2 + 1);
  for (let k = 0; k < events.length; k++) {
    const e = events[k], s = first[e], m = count[e], rel = type[e] === MEETING ? 0 : 1;
    for (let i = 1; i < m; i++) { const row = pool[s + i] * n; for (let j = 0; j < i; j++) start[2 * matrix[row + pool[s + j]] + rel + 1]++; }
  }
  for (let i = 1; i < start.length; i++) start[i] += start[i - 1];
  const next = start.slice(0, start.length - 1);
  const flat = new Int32Array(start[start.length - 1]);
  for (let k = 0; k < events.length; k++) {
    const e = events[k], s = first[e], m = count[e], rel = type[e] === MEETING ? 0 : 1;
    for (let i = 1; i < m; i++) { const row = pool[s + i] * n; for (let j = 0; j < i; j++) flat[next[2 * matrix[row + pool[s + j]] + rel]++] = e; }
  }
  return { start, events: flat };
}

/** The ids of the newest `max` events of flat[lo..hi) in the store's order: start day
 * descending, then id. The list is nearly always in ascending start-day order already (see
 * windowEvents), so its newest are its last, the events of one day ordered by id; a list that
 * is not (events added since the load) is sorted in place first: flat is this query's own. */
function newestIds(t: EventTable, flat: Int32Array, lo: number, hi: number, max: number, ascending: boolean): string[] {
  const day = t.dayFrom.data, ids = t.ids;
  if (!ascending) flat.subarray(lo, hi).sort((x, y) => day[x] - day[y]);
  const take = Math.min(max, hi - lo);
  const out: string[] = new Array(take);
  let n = 0, k = hi - 1;
  while (n < take) {
    const d = day[flat[k]];
    let g = k;
    while (g > lo && day[flat[g - 1]] === d) g--;
    if (g === k) out[n++] = ids[flat[k]];
    else {
      const sameDay = Array.from(flat.subarray(g, k + 1), (e) => ids[e]).sort();
      for (let j = 0; j < sameDay.length && n < take; j++) out[n++] = sameDay[j];
    }
    k = g - 1;
  }
  return out;
}

/** Per actor, the events with at least one kept tie at that actor. */
function actorWeights(t: EventTable, events: Int32Array, kept: Uint8Array): Record<string, number> {
  const n = t.actorIds.length, matrix = t.pairMatrix();
  const type = t.type.data, first = t.actorStart.data, count = t.actorCount.data, pool = t.pool.data;
  const weight = new Int32Array(n);
  for (let k = 0; k < events.length; k++) {
    const e = events[k], s = first[e], m = count[e], rel = type[e] === MEETING ? 0 : 1;
    for (let i = 0; i < m; i++) {
      const row = pool[s + i] * n;
      for (let j = 0; j < m; j++) if (j !== i && kept[2 * matrix[row + pool[s + j]] + rel]) { weight[pool[s + i]]++; break; }
    }
  }
  const weights: Record<string, number> = {};
  for (let a = 0; a < n; a++) if (weight[a]) weights[t.actorIds[a]] = weight[a];
  return weights;
}
