// Ego networks: the actors within `depth` hops of one entity in the filtered window network.
import type { GraphStore } from '../store/graph-store.js';
import type { Network, NetworkQuery } from '../domain/network/schema.js';
import { NotFoundError } from '../domain/errors.js';
import { networkOf } from './network-of.js';
import { nodeDataOf } from './nodes.js';

/** Keeps the nodes within depth hops of center (breadth-first) and the edges among them. */
export function egoOf(network: Network, center: string, depth: number): Network {
  const adjacent = new Map<string, string[]>();
  for (const { data: e } of network.edges) {
    (adjacent.get(e.source) ?? adjacent.set(e.source, []).get(e.source)!).push(e.target);
    (adjacent.get(e.target) ?? adjacent.set(e.target, []).get(e.target)!).push(e.source);
  }
  const distance = new Map<string, number>([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adjacent.get(id) ?? []) if (!distance.has(n)) { distance.set(n, d); next.push(n); }
    frontier = next;
  }
  const nodes = network.nodes.filter((n) => distance.has(n.data.id)).map((n) => ({ data: { ...n.data, depth: distance.get(n.data.id)! } }));
  const edges = network.edges.filter((e) => distance.has(e.data.source) && distance.has(e.data.target));
  return { nodes, edges, window: network.window, meta: { ...network.meta, view: 'ego', center, depth, nodeCount: nodes.length, edgeCount: edges.length } };
}

export async function egoNetwork(store: GraphStore, center: string, depth: number, q: NetworkQuery): Promise<Network> {
  const [record] = await store.getNodes([center]);
  const data = record && nodeDataOf(record, 0);
  if (!data) throw new NotFoundError(`no country, person or organisation with id ${center}`);
  const full = await networkOf(store, { ...q, includePersons: q.includePersons || data.kind === 'person', includeOrganizations: q.includeOrganizations || data.kind === 'organization' });
  const ego = egoOf(full, center, depth);
  if (!ego.nodes.length) ego.nodes.push({ data: { ...data, depth: 0 } });
  ego.meta = { ...ego.meta, nodeCount: ego.nodes.length };
  return ego;
}
