// What changed between two networks (usually two snapshots): nodes and edges that appeared or
// went, and edges whose weight grew or shrank.
import type { EdgeData, Network, NodeData } from '../domain/network/schema.js';

export interface WeightChange { id: string; source: string; target: string; relation: string; before: number; after: number }
export interface NetworkDiff {
  added: { nodes: NodeData[]; edges: EdgeData[] };
  removed: { nodes: NodeData[]; edges: EdgeData[] };
  strengthened: WeightChange[];
  weakened: WeightChange[];
}

export function diffNetworks(before: Network, after: Network): NetworkDiff {
  const nodesBefore = new Map(before.nodes.map((n) => [n.data.id, n.data]));
  const nodesAfter = new Map(after.nodes.map((n) => [n.data.id, n.data]));
  const edgesBefore = new Map(before.edges.map((e) => [e.data.id, e.data]));
  const edgesAfter = new Map(after.edges.map((e) => [e.data.id, e.data]));
  const diff: NetworkDiff = {
    added: { nodes: [...nodesAfter.values()].filter((n) => !nodesBefore.has(n.id)), edges: [...edgesAfter.values()].filter((e) => !edgesBefore.has(e.id)) },
    removed: { nodes: [...nodesBefore.values()].filter((n) => !nodesAfter.has(n.id)), edges: [...edgesBefore.values()].filter((e) => !edgesAfter.has(e.id)) },
    strengthened: [],
    weakened: [],
  };
  for (const [id, b] of edgesBefore) {
    const a = edgesAfter.get(id);
    if (!a || a.weight === b.weight) continue;
    const change = { id, source: a.source, target: a.target, relation: a.relation, before: b.weight, after: a.weight };
    (a.weight > b.weight ? diff.strengthened : diff.weakened).push(change);
  }
  diff.strengthened.sort((x, y) => y.after - y.before - (x.after - x.before));
  diff.weakened.sort((x, y) => x.after - x.before - (y.after - y.before));
  return diff;
}
