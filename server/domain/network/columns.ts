// A network as columns: what /api/network, /api/ego and /api/snapshot send with shape=columns,
// and what the client reads. A year of the 1M-event world is 20,000 edges: as cytoscape
// elements that is 6.3 MB of JSON that took 31 ms to write and 71 ms to parse; as columns it is
// 2.4 MB, written in about a third of the time and parsed in a fifth. Nodes stay objects (a few
// hundred); an edge is one position in every edge column, its ends are node positions, its kinds
// and dates positions in lists of the distinct values (a year's 40,000 dates are 6,000 days: 0.3 MB
// less to send and parse), and its id (relation:source|target, as every edge id is made) and its
// meetings and pacts (its weight, on its relation's side) are left for the reader to rebuild: a
// year's two count columns were a sixth of the bytes and of the time to write them.
// No zod here: the client bundles this file (the schema is in schema.ts).
import type { EdgeColumns, EdgeData, Network, NetworkColumns } from './schema.js';

export type { EdgeColumns, NetworkColumns };

const EDGE_KEYS = new Set(['id', 'source', 'target', 'relation', 'kinds', 'weight', 'meetings', 'pacts', 'firstDate', 'lastDate', 'eventIds']);

export const edgeIdOf = (relation: string, source: string, target: string) => `${relation}:${source}|${target}`;

/** An edge's meetings and pacts: every event on a met (countries or persons) or attended
 * (person at an actor's meetings) edge is a meeting, every event on a pact edge a pact. */
export const countsOf = (relation: string, weight: number): { meetings: number; pacts: number } => ({
  meetings: relation === 'met' || relation === 'attended' ? weight : 0,
  pacts: relation === 'pact' ? weight : 0,
});

/** Throws on an edge whose meetings and pacts are not what countsOf gives for it: columns do not
 * send them, so such an edge would come back different (a bug upstream, not a user's). */
export function checkCounts(e: Pick<EdgeData, 'id' | 'relation' | 'weight' | 'meetings' | 'pacts'>): void {
  const counts = countsOf(e.relation, e.weight);
  if (e.meetings !== counts.meetings || e.pacts !== counts.pacts) throw new Error(`edge ${e.id} has ${e.meetings} meetings and ${e.pacts} pacts, which its relation and weight ${e.weight} do not give`);
}

/** Interns values into a dictionary list; `at(key, value)` gives the value's position. */
export function dictionary<T>() {
  const list: T[] = [];
  const index = new Map<string, number>();
  return {
    list,
    at(key: string, value: T): number {
      let i = index.get(key);
      if (i === undefined) { i = list.length; list.push(value); index.set(key, i); }
      return i;
    },
  };
}

/** The columns of a network. Throws on an edge that columns cannot carry (an end that is not
 * a node, an id not made by edgeIdOf, counts that countsOf does not give, a field of its own):
 * a bug upstream, not a user's. */
export function toColumns(network: Network): NetworkColumns {
  const nodes = network.nodes.map((n) => n.data);
  const position = new Map<string, number>();
  nodes.forEach((n, i) => position.set(n.id, i));
  const E = network.edges.length;
  const relations = dictionary<string>(), kindSets = dictionary<string[]>(), dates = dictionary<string>();
  const dateAt = (d: string | null | undefined) => (d == null ? null : dates.at(d, d));
  const c: EdgeColumns = {
    source: new Array(E), target: new Array(E), relation: new Array(E), relations: relations.list, kinds: new Array(E), kindSets: kindSets.list,
    weight: new Array(E), firstDate: new Array(E), lastDate: new Array(E), dates: dates.list, eventIds: [],
  };
  const eventIdCount: number[] = new Array(E);
  for (let i = 0; i < E; i++) {
    const d: EdgeData = network.edges[i].data;
    const s = position.get(d.source), t = position.get(d.target);
    if (s === undefined || t === undefined) throw new Error(`edge ${d.id} has an end that is not a node of the network`);
    if (d.id !== edgeIdOf(d.relation, d.source, d.target)) throw new Error(`edge ${d.id} has an id columns cannot rebuild`);
    for (const key in d) if (!EDGE_KEYS.has(key)) throw new Error(`edge ${d.id} has a field columns do not carry: ${key}`);
    checkCounts(d);
    c.source[i] = s;
    c.target[i] = t;
    c.relation[i] = relations.at(d.relation, d.relation);
    c.kinds[i] = kindSets.at(d.kinds.length === 1 ? d.kinds[0] : d.kinds.join('\u0000'), d.kinds);
    c.weight[i] = d.weight;
    c.firstDate[i] = dateAt(d.firstDate);
    c.lastDate[i] = dateAt(d.lastDate);
    eventIdCount[i] = d.eventIds.length;
    for (const id of d.eventIds) c.eventIds.push(id);
  }
  if (c.eventIds.length) c.eventIdCount = eventIdCount;
  const out: NetworkColumns = { shape: 'columns', nodes, edges: c, window: network.window };
  if (network.meta) out.meta = network.meta;
  return out;
}

/** The network (cytoscape elements) the columns were made from. */
export function fromColumns(columns: NetworkColumns): Network {
  const { nodes, edges: c } = columns;
  const dateOf = (at: number | null) => (at === null ? null : c.dates[at]);
  const edges: { data: EdgeData }[] = new Array(c.source.length);
  const counts = c.eventIdCount;
  let at = 0;
  for (let i = 0; i < c.source.length; i++) {
    const source = nodes[c.source[i]].id, target = nodes[c.target[i]].id, relation = c.relations[c.relation[i]] as EdgeData['relation'];
    const n = counts ? counts[i] : 0, weight = c.weight[i];
    edges[i] = {
      data: {
        id: edgeIdOf(relation, source, target), source, target, relation, kinds: c.kindSets[c.kinds[i]].slice(),
        weight, ...countsOf(relation, weight), firstDate: dateOf(c.firstDate[i]), lastDate: dateOf(c.lastDate[i]),
        eventIds: n ? c.eventIds.slice(at, at + n) : [],
      },
    };
    at += n;
  }
  const out: Network = { nodes: nodes.map((data) => ({ data })), edges, window: columns.window };
  if (columns.meta) out.meta = columns.meta;
  return out;
}

/** A network view in the shape asked for: the columns as they are, or rebuilt as elements. */
export const inShape = (columns: NetworkColumns, shape: 'elements' | 'columns'): Network | NetworkColumns => (shape === 'columns' ? columns : fromColumns(columns));
