// The network view: fetches ties (and attendance for the person layer) in the window from the
// store and assembles them. Snapshots and ego networks build on it.
import type { GraphStore, NetworkTies, TieQuery, TimeWindow } from '../store/graph-store.js';
import type { Network, NetworkColumns, NetworkQuery } from '../domain/network/schema.js';
import { fromColumns } from '../domain/network/columns.js';
import { assembleColumns, filterAttendance, idsNeeded, type NetworkFilters } from './assemble.js';

export function tieQueryOf(q: Pick<NetworkQuery, 'from' | 'to' | 'relations' | 'meetingKinds' | 'pactKinds'>): TieQuery {
  const t: TieQuery = { relations: q.relations };
  if (q.from) t.from = q.from;
  if (q.to) t.to = q.to;
  if (q.meetingKinds?.length) t.meetingKinds = q.meetingKinds;
  if (q.pactKinds?.length) t.pactKinds = q.pactKinds;
  return t;
}

export function filtersOf(q: NetworkQuery): NetworkFilters {
  const f: NetworkFilters = { minWeight: q.minWeight, includeOrganizations: q.includeOrganizations, includePersons: q.includePersons, eventIdsPerEdge: q.eventIdsPerEdge };
  if (q.countries?.length) f.countries = q.countries;
  return f;
}

/** The store's network ties for a tie query under the network filters. */
export const networkTiesFor = (store: GraphStore, tq: TieQuery, f: NetworkFilters): Promise<NetworkTies> =>
  store.networkTies({ ...tq, minWeight: f.minWeight, includeOrganizations: f.includeOrganizations, ...(f.countries ? { countries: f.countries } : {}), maxEventIds: f.eventIdsPerEdge });

/** Kept ties and (optionally) person attendance in place; shared by the plain network and snapshots. */
export async function columnsFromParts(
  store: GraphStore,
  parts: { ties: NetworkTies; attendanceQuery: TieQuery | null; window: TimeWindow; filters: NetworkFilters; meta?: Record<string, unknown> },
): Promise<NetworkColumns> {
  const { ties, weights } = parts.ties;
  const attendance = parts.filters.includePersons && parts.attendanceQuery
    ? filterAttendance(await store.attendance(parts.attendanceQuery), parts.filters)
    : undefined;
  const ids = idsNeeded(ties, attendance);
  const records = ids.length ? [...(await store.getNodes(ids))] : [];
  // Persons point at their country: fetch the countries not already in the tie graph.
  const have = new Set(records.map((r) => r.id));
  const missing = [...new Set(records.filter((r) => r.kind === 'person').map((r) => r.props.country).filter((c): c is string => typeof c === 'string' && !!c && !have.has(c)))];
  if (missing.length) records.push(...(await store.getNodes(missing)));
  return assembleColumns({ ties, weights, eventIdsPerEdge: parts.filters.eventIdsPerEdge, attendance, records, window: parts.window, meta: parts.meta });
}

/** The window network as columns (what the client asks for). */
export async function networkColumnsOf(store: GraphStore, q: NetworkQuery): Promise<NetworkColumns> {
  const tq = tieQueryOf(q);
  const ties = await networkTiesFor(store, tq, filtersOf(q));
  const meetingsWanted = q.relations.includes('met');
  return columnsFromParts(store, {
    ties,
    attendanceQuery: meetingsWanted ? { ...tq, relations: ['met'] } : null,
    window: { from: q.from, to: q.to },
    filters: filtersOf(q),
    meta: { view: 'network' },
  });
}

/** The window network as cytoscape elements. */
export const networkOf = async (store: GraphStore, q: NetworkQuery): Promise<Network> => fromColumns(await networkColumnsOf(store, q));
