// One metrics run on one network: picks the implementation, runs it on the collapsed weighted
// graph and shapes the result (nodes sorted by id, communities numbered 0 = largest).
import type { Network } from '../domain/network/schema.js';
import { pickImplementation } from './implementations/registry.js';
import type { MetricsImplementation } from './implementations/types.js';
import { DEFAULT_SEED } from './seeded-rng.js';
import { METRICS, type Community, type MetricName, type MetricsResult, type NodeMetrics } from './types.js';
import { weightedGraphOf } from './weighted-graph.js';

export interface ComputeOptions {
  metrics?: readonly MetricName[];
  seed?: number;
  resolution?: number;
  /** An implementation id; the first available one otherwise. */
  implementation?: string;
  registry?: readonly MetricsImplementation[];
}

/** Renumbers raw community labels: largest first, ties broken by smallest member id, so the
 * numbering depends on the partition only and not on the labels the algorithm happened to use. */
export function numberCommunities(raw: Map<string, number>): { byNode: Map<string, number>; communities: Community[] } {
  const groups = new Map<number, string[]>();
  for (const [node, label] of raw) {
    const g = groups.get(label);
    if (g) g.push(node);
    else groups.set(label, [node]);
  }
  const sorted = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const byNode = new Map<string, number>();
  const communities = sorted.map((members, id) => {
    for (const m of members) byNode.set(m, id);
    return { id, size: members.length, members };
  });
  return { byNode, communities };
}

export async function computeMetrics(network: Pick<Network, 'nodes' | 'edges' | 'window'>, options: ComputeOptions = {}): Promise<MetricsResult> {
  const implementation = pickImplementation(options.implementation, options.registry, { resolution: options.resolution ?? 1 });
  const metrics = new Set<MetricName>(options.metrics?.length ? options.metrics : METRICS);
  const graph = weightedGraphOf(network);
  const raw = await implementation.run(graph, { metrics, seed: options.seed ?? DEFAULT_SEED, resolution: options.resolution ?? 1 });
  const numbered = raw.communities ? numberCommunities(raw.communities) : null;
  const nodes: NodeMetrics[] = graph.nodes.map((n) => {
    const out: NodeMetrics = { id: n.id, label: n.label, kind: n.kind, ...raw.values.get(n.id) };
    if (numbered) out.community = numbered.byNode.get(n.id);
    return out;
  });
  const result: MetricsResult = {
    implementation: implementation.id,
    window: { from: network.window.from ?? null, to: network.window.to ?? null },
    nodes,
    communities: numbered?.communities ?? [],
  };
  if (raw.modularity !== undefined) result.modularity = raw.modularity;
  return result;
}
