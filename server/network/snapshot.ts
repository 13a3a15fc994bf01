// The network as of one day: pacts signed by then and still in force, meetings in the twelve
// months before (or since `from` when given).
import type { GraphStore, NetworkTies } from '../store/graph-store.js';
import type { Network, NetworkColumns, NetworkQuery } from '../domain/network/schema.js';
import { fromColumns } from '../domain/network/columns.js';
import { columnsFromParts, filtersOf, networkTiesFor, tieQueryOf } from './network-of.js';

/** The day one year before a YYYY-MM-DD day (29 February falls back to 28 February). */
export function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function snapshotWindows(at: string, from?: string): { meetings: { from: string; to: string }; pacts: { from: string; to: string } } {
  return { meetings: { from: from ?? yearBefore(at), to: at }, pacts: { from: at, to: at } };
}

export async function snapshotColumns(store: GraphStore, at: string, q: NetworkQuery): Promise<NetworkColumns> {
  const w = snapshotWindows(at, q.from);
  const base = tieQueryOf({ ...q, from: undefined, to: undefined });
  const filters = filtersOf(q);
  // Meetings and pacts are read with different windows; their events never overlap, so the
  // actors' weights add up.
  const ties: NetworkTies = { ties: [], weights: {} };
  const add = (part: NetworkTies) => {
    ties.ties.push(...part.ties);
    for (const [id, w] of Object.entries(part.weights)) ties.weights[id] = (ties.weights[id] ?? 0) + w;
  };
  if (q.relations.includes('met')) add(await networkTiesFor(store, { ...base, relations: ['met'], ...w.meetings }, filters));
  if (q.relations.includes('pact')) add(await networkTiesFor(store, { ...base, relations: ['pact'], ...w.pacts }, filters));
  return columnsFromParts(store, {
    ties,
    attendanceQuery: q.relations.includes('met') ? { ...base, relations: ['met'], ...w.meetings } : null,
    window: { from: w.meetings.from, to: at },
    filters: filtersOf(q),
    meta: { view: 'snapshot', at, meetingsFrom: w.meetings.from },
  });
}

export const snapshotNetwork = async (store: GraphStore, at: string, q: NetworkQuery): Promise<Network> => fromColumns(await snapshotColumns(store, at, q));
