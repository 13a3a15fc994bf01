// Reads over the event table, answering the port's questions the way the store's Cypher does
// (test/store/projection.test.ts checks each against the store itself). Pure functions of the
// table and the query.
import type { Relation } from '../../domain/network/schema.js';
import type { TieQuery, TimeWindow } from '../graph-store.js';
import { daySpan, OPEN_END } from '../window.js';
import { dayNumber, dayText } from '../day-numbers.js';
import { MEETING, PACT, type EventTable, type Pair } from './event-table.js';

/** A compiled window + relation + kind filter: `test(e)` says whether event e passes. */
export interface EventFilter { test(e: number): boolean }

export function filterOf(t: EventTable, query: TieQuery): EventFilter {
  const { from, to } = daySpan(query);
  const lo = dayNumber(from), hi = dayNumber(to);
  const kindSet = (kinds?: string[]) => (kinds?.length ? new Set(kinds.map((k) => t.kindOf(k)).filter((k): k is number => k !== undefined)) : null);
  const met = query.relations.includes('met'), pact = query.relations.includes('pact');
  const meetingKinds = kindSet(query.meetingKinds), pactKinds = kindSet(query.pactKinds);
  const type = t.type.data, kind = t.kind.data, dayFrom = t.dayFrom.data, dayTo = t.dayTo.data;
  // Queries run synchronously, so the columns read here cannot grow under them.
  return {
    test(e) {
      if (dayFrom[e] > hi || dayTo[e] < lo) return false;
      if (type[e] === MEETING) return met && (!meetingKinds || meetingKinds.has(kind[e]));
      return pact && (!pactKinds || pactKinds.has(kind[e]));
    },
  };
}

/** The window filter alone, for the event lists (every relation and kind). */
export const windowFilter = (t: EventTable, window: TimeWindow, relations: Relation[] = ['met', 'pact']): EventFilter =>
  filterOf(t, { ...window, relations });

/** Newest first: known dates before undated events, then start day descending, then id. */
export function newestFirst(t: EventTable, events: number[]): number[] {
  const known = t.known.data, day = t.dayFrom.data, ids = t.ids;
  return events.sort((x, y) => known[y] - known[x] || day[y] - day[x] || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
}

/** One page of events in list order (known dates first, newest start first, then id) without
 * sorting the whole list: a numeric sort of packed (known, day) keys, then an exact sort of the
 * page and the equal keys at its edges. Returns the page and the total. */
export function newestPage(t: EventTable, events: number[], offset: number, limit: number): { total: number; page: number[] } {
  const n = events.length;
  if (offset >= n || limit <= 0) return { total: n, page: [] };
  if (n <= 256) return { total: n, page: newestFirst(t, events).slice(offset, offset + limit) };
  const known = t.known.data, day = t.dayFrom.data;
  const keyOf = (e: number) => known[e] * 2 ** 23 + day[e] + 2 ** 22;
  // Ascending numeric order of (key, position); read from the end for newest first.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = keyOf(events[i]) * 2 ** 24 + i;
  packed.sort();
  const at = (rank: number) => events[packed[n - 1 - rank] % 2 ** 24];
  let first = offset, last = Math.min(n, offset + limit) - 1;
  while (first > 0 && keyOf(at(first - 1)) === keyOf(at(first))) first--;
  while (last < n - 1 && keyOf(at(last + 1)) === keyOf(at(last))) last++;
  const span: number[] = [];
  for (let r = first; r <= last; r++) span.push(at(r));
  newestFirst(t, span);
  return { total: n, page: span.slice(offset - first, offset - first + limit) };
}

/** Actors sharing events with one actor in the window, by meetings, then pacts, then id. */
export function counterpartsOf(t: EventTable, actor: number, window: TimeWindow, limit: number): { id: string; meetings: number; pacts: number }[] {
  const f = windowFilter(t, window);
  const type = t.type.data;
  const rows: { id: string; meetings: number; pacts: number }[] = [];
  for (const [other, p] of t.pairsOf[actor]) {
    let meetings = 0, pacts = 0;
    for (const e of p.events) if (f.test(e)) { if (type[e] === MEETING) meetings++; else pacts++; }
    if (meetings + pacts) rows.push({ id: t.actorIds[other], meetings, pacts });
  }
  return rows.sort((x, y) => y.meetings - x.meetings || y.pacts - x.pacts || (x.id < y.id ? -1 : 1)).slice(0, Math.max(0, limit));
}

/** Events passing a filter (in no particular order: newestPage orders a page of them). */
export const eventsPassing = (events: number[], f: EventFilter): number[] => events.filter((e) => f.test(e));

/** Events of one type whose actor set is exactly `actors`, among `candidates`. */
export function exactActorEvents(t: EventTable, candidates: number[], actors: number[], type: typeof MEETING | typeof PACT, f?: EventFilter): number[] {
  const want = [...actors].sort((x, y) => x - y);
  return candidates.filter((e) => {
    if (t.type.data[e] !== type || (f && !f.test(e))) return false;
    const have = t.actorsOf(e).sort((x, y) => x - y);
    return have.length === want.length && have.every((a, i) => a === want[i]);
  });
}

/** Earliest start and latest known day; an open-ended pact counts by its start. */
export function timeRangeOf(t: EventTable): { from: string | null; to: string | null } {
  if (!t.size) return { from: null, to: null };
  const open = dayNumber(OPEN_END);
  let lo = Infinity, hi = -Infinity;
  for (let e = 0; e < t.size; e++) {
    const from = t.dayFrom.data[e], to = t.dayTo.data[e];
    lo = Math.min(lo, from);
    hi = Math.max(hi, t.type.data[e] === PACT && to === open ? from : to);
  }
  return { from: dayText(lo), to: dayText(hi) };
}

/** Whether any event of the pair passes (the pair is an edge of the filtered tie graph). */
export function pairPasses(p: Pair, f: EventFilter): boolean {
  for (const e of p.events) if (f.test(e)) return true;
  return false;
}

