// The network as of one day: pacts signed by then and still in force, meetings in the twelve
// months before (or since `from` when given).
import type { GraphStore, TieAggregate } from '../store/graph-store.js';
import type { Network, NetworkQuery } from '../domain/network/schema.js';
import { filtersOf, networkFromParts, tieQueryOf } from './network-of.js';

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

export async function snapshotNetwork(store: GraphStore, at: string, q: NetworkQuery): Promise<Network> {
  const w = snapshotWindows(at, q.from);
  const base = tieQueryOf({ ...q, from: undefined, to: undefined });
  const ties: TieAggregate[] = [];
  if (q.relations.includes('met')) ties.push(...(await store.ties({ ...base, relations: ['met'], ...w.meetings })));
  if (q.relations.includes('pact')) ties.push(...(await store.ties({ ...base, relations: ['pact'], ...w.pacts })));
  return networkFromParts(store, {
    ties,
    attendanceQuery: q.relations.includes('met') ? { ...base, relations: ['met'], ...w.meetings } : null,
    window: { from: w.meetings.from, to: at },
    filters: filtersOf(q),
    meta: { view: 'snapshot', at, meetingsFrom: w.meetings.from },
  });
}
