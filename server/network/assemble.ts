// Pure assembly of a network (as columns, and as cytoscape.add()-able elements) from aggregated
// ties, meeting attendance and node records. No store access: network-of.ts fetches, this file shapes.
import type { AttendanceRow, NodeRecord, TieAggregate, TieFilters, TimeWindow } from '../store/graph-store.js';
import type { EdgeData, Network, NetworkColumns, NodeData } from '../domain/network/schema.js';
import { nodeDataOf, placeholderNode } from './nodes.js';
import { countsOf, edgeIdOf, fromColumns } from '../domain/network/columns.js';
import { EdgeColumnsBuilder } from './edge-columns.js';

export interface NetworkFilters extends TieFilters {
  includePersons: boolean;
  /** Event ids per edge, newest first. */
  eventIdsPerEdge: number;
}

/** An edge for a tie, with at most maxEventIds of its (newest first) event ids; its arrays are
 * its own (the store's answers may be shared and frozen, see store/read-cache.ts). */
export function edgeOfTie(t: TieAggregate, maxEventIds = Infinity): EdgeData {
  const [source, target] = t.a < t.b ? [t.a, t.b] : [t.b, t.a];
  return {
    id: edgeIdOf(t.relation, source, target),
    source,
    target,
    relation: t.relation,
    kinds: [...t.kinds],
    weight: t.count,
    ...countsOf(t.relation, t.count),
    firstDate: t.firstDate,
    lastDate: t.lastDate,
    eventIds: t.eventIds.slice(0, maxEventIds),
  };
}

/** Meetings whose attendance feeds the person layer under the same filters. */
export function filterAttendance(rows: AttendanceRow[], f: NetworkFilters): AttendanceRow[] {
  const countryIds = f.countries?.length ? new Set(f.countries.map((c) => `country:${c}`)) : null;
  return rows.filter((r) => r.entities.some((e) => e.startsWith('person:')) && (!countryIds || r.entities.some((e) => countryIds.has(e))));
}

interface Accumulator { edge: EdgeData; events: Set<string> }

/** Person–person "met" edges from shared meetings, aggregated like actor ties. */
export function personEdges(rows: AttendanceRow[], maxEventIds: number): EdgeData[] {
  const byPair = new Map<string, Accumulator>();
  for (const r of rows) {
    const persons = [...new Set(r.entities.filter((e) => e.startsWith('person:')))].sort();
    for (let i = 0; i < persons.length; i++) for (let j = i + 1; j < persons.length; j++) {
      const id = edgeIdOf('met', persons[i], persons[j]);
      let acc = byPair.get(id);
      if (!acc) {
        acc = { edge: { id, source: persons[i], target: persons[j], relation: 'met', kinds: [], weight: 0, meetings: 0, pacts: 0, firstDate: r.dateFrom, lastDate: r.dateTo, eventIds: [] }, events: new Set() };
        byPair.set(id, acc);
      }
      if (acc.events.has(r.meeting)) continue;
      acc.events.add(r.meeting);
      const e = acc.edge;
      e.weight++; e.meetings++;
      if (!e.kinds.includes(r.kind)) e.kinds.push(r.kind);
      if (r.dateFrom < (e.firstDate ?? r.dateFrom)) e.firstDate = r.dateFrom;
      if (r.dateTo > (e.lastDate ?? r.dateTo)) e.lastDate = r.dateTo;
      e.eventIds.push(r.meeting);
    }
  }
  return [...byPair.values()].map(({ edge }) => ({ ...edge, kinds: edge.kinds.sort(), eventIds: maxEventIds ? edge.eventIds.slice(-maxEventIds).reverse() : [] }));
}

/** Every id the network needs a node record for. */
export function idsNeeded(ties: TieAggregate[], attendance: AttendanceRow[] = []): string[] {
  const ids = new Set<string>();
  let a = '';
  // Ties come grouped by their first actor: each is added once per group.
  for (const t of ties) { if (t.a !== a) ids.add(a = t.a); ids.add(t.b); }
  for (const r of attendance) for (const e of r.entities) if (e.startsWith('person:')) ids.add(e);
  return [...ids];
}

export interface AssembleInput {
  /** Kept ties and their actors' weights (GraphStore.networkTies). */
  ties: TieAggregate[];
  weights: Record<string, number>;
  /** Event ids per person edge (actor ties arrive cut already). */
  eventIdsPerEdge: number;
  /** Meetings with persons (already filtered), only when the person layer is wanted. */
  attendance?: AttendanceRow[];
  records: NodeRecord[];
  window: TimeWindow;
  meta?: Record<string, unknown>;
}

/** Builds the network as columns: one edge per actor pair and relation, person–person "met"
 * edges and person→country "represents" edges when attendance is given, in edge id order; nodes
 * in id order. Node weight is the number of distinct events on its edges. */
export function assembleColumns({ ties, weights, eventIdsPerEdge, attendance, records, window, meta }: AssembleInput): NetworkColumns {
  const recordById = new Map(records.map((r) => [r.id, r]));
  const weightOf = new Map<string, number>();
  let a = '';
  for (const t of ties) {
    if (t.a !== a) weightOf.set(a = t.a, weights[t.a] ?? 0);
    if (!weightOf.has(t.b)) weightOf.set(t.b, weights[t.b] ?? 0);
  }
  const personLayer: EdgeData[] = [];
  if (attendance) {
    personLayer.push(...personEdges(attendance, eventIdsPerEdge));
    const persons = new Map<string, Set<string>>();
    for (const r of attendance) for (const e of r.entities) if (e.startsWith('person:')) (persons.get(e) ?? persons.set(e, new Set()).get(e)!).add(r.meeting);
    for (const [id, meetings] of persons) {
      weightOf.set(id, meetings.size);
      const country = recordById.get(id)?.props.country;
      if (typeof country === 'string' && country) {
        personLayer.push({ id: edgeIdOf('represents', id, country), source: id, target: country, relation: 'represents', kinds: [], weight: 1, meetings: 0, pacts: 0, firstDate: null, lastDate: null, eventIds: [] });
        if (!weightOf.has(country)) weightOf.set(country, 0);
      }
    }
  }
  const nodes: NodeData[] = [...weightOf.entries()]
    .map(([id, weight]) => {
      const record = recordById.get(id);
      return (record && nodeDataOf(record, weight)) ?? placeholderNode(id, weight);
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  const edges = new EdgeColumnsBuilder(nodes.map((n) => n.id), ties.length + personLayer.length);
  for (const t of ties) edges.addTie(t);
  for (const e of personLayer) edges.addEdge(e);
  return {
    shape: 'columns',
    nodes,
    edges: edges.build(),
    window: { from: window.from ?? null, to: window.to ?? null },
    meta: { nodeCount: nodes.length, edgeCount: edges.size, ...meta },
  };
}

/** The same network as cytoscape elements. */
export const assembleNetwork = (input: AssembleInput): Network => fromColumns(assembleColumns(input));
