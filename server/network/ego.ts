// Ego networks: the actors within `depth` hops of one entity in the filtered window network.
import type { GraphStore } from '../store/graph-store.js';
import type { Network, NetworkColumns, NetworkQuery } from '../domain/network/schema.js';
import { fromColumns, toColumns } from '../domain/network/columns.js';
import { NotFoundError } from '../domain/errors.js';
import { selectEdges } from './edge-columns.js';
import { networkColumnsOf } from './network-of.js';
import { nodeDataOf } from './nodes.js';

/** Hops from node `center` to every node (-1: out of reach within depth), over the edges as
 * an adjacency list in flat arrays. */
function hops(n: number, source: readonly number[], target: readonly number[], center: number, depth: number): Int32Array {
  const first = new Int32Array(n + 1);
  for (let i = 0; i < source.length; i++) { first[source[i] + 1]++; first[target[i] + 1]++; }
  for (let v = 0; v < n; v++) first[v + 1] += first[v];
  const next = first.slice(0, n), neighbours = new Int32Array(first[n]);
  for (let i = 0; i < source.length; i++) { neighbours[next[source[i]]++] = target[i]; neighbours[next[target[i]]++] = source[i]; }
  const distance = new Int32Array(n).fill(-1);
  if (center < 0) return distance;
  distance[center] = 0;
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const reached: number[] = [];
    for (const v of frontier) for (let k = first[v]; k < first[v + 1]; k++) {
      const w = neighbours[k];
      if (distance[w] < 0) { distance[w] = d; reached.push(w); }
    }
    frontier = reached;
  }
  return distance;
}

/** Keeps the nodes within depth hops of center (breadth-first), each with its depth, and the
 * edges among them, in the network's order. */
export function egoOfColumns(network: NetworkColumns, center: string, depth: number): NetworkColumns {
  const { nodes: all, edges } = network;
  const distance = hops(all.length, edges.source, edges.target, all.findIndex((n) => n.id === center), depth);
  const renumber = new Int32Array(all.length).fill(-1);
  const nodes: NetworkColumns['nodes'] = [];
  for (let v = 0; v < all.length; v++) if (distance[v] >= 0) { renumber[v] = nodes.length; nodes.push({ ...all[v], depth: distance[v] }); }
  const keep: number[] = [];
  for (let i = 0; i < edges.source.length; i++) if (distance[edges.source[i]] >= 0 && distance[edges.target[i]] >= 0) keep.push(i);
  // A hub's ego network is often the whole network: its edges are then the same columns.
  const whole = nodes.length === all.length && keep.length === edges.source.length;
  return { shape: 'columns', nodes, edges: whole ? edges : selectEdges(edges, keep, renumber), window: network.window, meta: { ...network.meta, view: 'ego', center, depth, nodeCount: nodes.length, edgeCount: keep.length } };
}

/** egoOfColumns for a network as elements. */
export const egoOf = (network: Network, center: string, depth: number): Network => fromColumns(egoOfColumns(toColumns(network), center, depth));

/** The ego network in the query's window, as columns (what the client asks for). */
export async function egoColumnsOf(store: GraphStore, center: string, depth: number, q: NetworkQuery): Promise<NetworkColumns> {
  const [record] = await store.getNodes([center]);
  const data = record && nodeDataOf(record, 0);
  if (!data) throw new NotFoundError(`no country, person or organisation with id ${center}`);
  const full = await networkColumnsOf(store, { ...q, includePersons: q.includePersons || data.kind === 'person', includeOrganizations: q.includeOrganizations || data.kind === 'organization' });
  const ego = egoOfColumns(full, center, depth);
  if (!ego.nodes.length) ego.nodes.push({ ...data, depth: 0 });
  ego.meta = { ...ego.meta, nodeCount: ego.nodes.length };
  return ego;
}

/** The ego network as cytoscape elements. */
export const egoNetwork = async (store: GraphStore, center: string, depth: number, q: NetworkQuery): Promise<Network> => fromColumns(await egoColumnsOf(store, center, depth, q));
