// Adds the metrics to every node's data so exports (GraphML, GEXF, CSV) carry them as plain
// scalar node attributes. Returns a new network; the input is left as it was.
import type { Network } from '../domain/network/schema.js';
import { computeMetrics, type ComputeOptions } from './compute-metrics.js';

export async function withMetrics(network: Network, options: ComputeOptions = {}): Promise<Network> {
  const result = await computeMetrics(network, options);
  const byId = new Map(result.nodes.map((n) => [n.id, n]));
  return {
    ...network,
    nodes: network.nodes.map(({ data }) => {
      const m = byId.get(data.id);
      if (!m) return { data };
      const { id: _id, label: _label, kind: _kind, ...values } = m;
      return { data: { ...data, ...values } };
    }),
    meta: { ...network.meta, metricsImplementation: result.implementation, communityCount: result.communities.length, ...(result.modularity !== undefined && { modularity: result.modularity }) },
  };
}
