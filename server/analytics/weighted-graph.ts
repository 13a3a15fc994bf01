// Collapses a Cytoscape-shaped Network into the simple undirected weighted graph the metrics
// run on: a "met" and a "pact" edge between the same pair become one edge whose weight is the
// sum, because centrality is about how tied two actors are, not by which relation.
import type { Network } from '../domain/network/schema.js';
import type { WeightedGraph } from './types.js';

export function weightedGraphOf(network: Pick<Network, 'nodes' | 'edges'>): WeightedGraph {
  const nodes = network.nodes
    .map(({ data }) => ({ id: data.id, label: data.label ?? data.id, kind: data.kind ?? 'country' }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = new Set(nodes.map((n) => n.id));
  const byPair = new Map<string, { source: string; target: string; weight: number }>();
  for (const { data } of network.edges) {
    if (data.source === data.target) continue; // self-ties carry no centrality
    for (const end of [data.source, data.target]) {
      if (!known.has(end)) throw new Error(`analytics: edge ${data.id} refers to node ${end}, which is not in the network`);
    }
    const [source, target] = data.source < data.target ? [data.source, data.target] : [data.target, data.source];
    const key = `${source}|${target}`;
    const weight = Number.isFinite(data.weight) && data.weight > 0 ? data.weight : 1;
    const edge = byPair.get(key);
    if (edge) edge.weight += weight;
    else byPair.set(key, { source, target, weight });
  }
  const edges = [...byPair.values()].sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
  return { nodes, edges };
}
