// A database's own algorithms (Neo4j GDS, through the GraphStore port) as a metrics
// implementation: the weighted graph is handed over as node indices, the scores come back per
// index. The partition's modularity is measured here with graphology-metrics, the same measure
// the in-process Louvain reports, so the two are comparable.
import { createRequire } from 'node:module';
import type { AlgorithmGraph, StoreAlgorithms } from '../../store/graph-store.js';
import type { Centrality, RawMetrics, RunOptions, WeightedGraph } from '../types.js';
import { toGraphology } from './graphology.js';
import type { MetricsImplementation } from './types.js';

const require = createRequire(import.meta.url);
const modularity: typeof import('graphology-metrics/graph/modularity.js').default = require('graphology-metrics/graph/modularity.js');

export function indexedGraph(g: WeightedGraph): AlgorithmGraph {
  const index = new Map(g.nodes.map((n, i) => [n.id, i]));
  return {
    nodeCount: g.nodes.length,
    edges: g.edges.map((e) => {
      const [a, b] = [index.get(e.source)!, index.get(e.target)!].sort((x, y) => x - y);
      return { a, b, weight: e.weight };
    }),
  };
}

export function storeImplementation(algorithms: StoreAlgorithms): MetricsImplementation {
  return {
    id: algorithms.id,
    description: algorithms.description,
    available: () => true,
    // GDS Louvain has no resolution parameter: other resolutions go to an implementation that has one.
    supports: (options) => options.resolution === 1,
    async run(g: WeightedGraph, options: RunOptions): Promise<RawMetrics> {
      const want = options.metrics;
      const out = await algorithms.run(indexedGraph(g), {
        degree: want.has('degree'), weightedDegree: want.has('weightedDegree'), pagerank: want.has('pagerank'),
        betweenness: want.has('betweenness'), communities: want.has('community'),
      });
      const values = new Map<string, Partial<Record<Centrality, number>>>(g.nodes.map((n, i) => {
        const v: Partial<Record<Centrality, number>> = {};
        for (const metric of ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const) if (out[metric]) v[metric] = out[metric]![i];
        return [n.id, v];
      }));
      const result: RawMetrics = { values };
      if (want.has('community')) {
        const labels = out.communities ?? g.nodes.map((_n, i) => i);
        result.communities = new Map(g.nodes.map((n, i) => [n.id, labels[i]]));
        const graph = toGraphology(g);
        result.modularity = graph.size === 0 ? 0 : modularity(graph, { getNodeCommunity: (node) => result.communities!.get(node)!, getEdgeWeight: 'weight' });
      }
      return result;
    },
  };
}
