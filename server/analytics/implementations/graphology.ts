// The in-process implementation: graphology-metrics (degree, PageRank, betweenness) and
// graphology-communities-louvain with a seeded rng. Always available; the tested path.
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { Centrality, RawMetrics, RunOptions, WeightedGraph } from '../types.js';
import { seededRandom } from '../seeded-rng.js';
import type { MetricsImplementation } from './types.js';

// These packages are CommonJS whose typings declare `export default`, while module.exports is
// the function itself: require() gives the function under the declared type in tsx and jest alike.
const require = createRequire(import.meta.url);
const pagerank: typeof import('graphology-metrics/centrality/pagerank.js').default = require('graphology-metrics/centrality/pagerank.js');
const betweenness: typeof import('graphology-metrics/centrality/betweenness.js').default = require('graphology-metrics/centrality/betweenness.js');
const louvain: typeof import('graphology-communities-louvain').default = require('graphology-communities-louvain');

// Power iteration on sparse tie graphs converges in a few dozen steps; the ceiling is high so a
// slow-mixing window degrades to a slower answer rather than graphology's "failed to converge".
const PAGERANK = { alpha: 0.85, tolerance: 1e-9, maxIterations: 1000 };

export function toGraphology(g: WeightedGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const n of g.nodes) graph.addNode(n.id);
  for (const e of g.edges) graph.addEdge(e.source, e.target, { weight: e.weight });
  return graph;
}

async function run(g: WeightedGraph, options: RunOptions): Promise<RawMetrics> {
  const graph = toGraphology(g);
  const values = new Map<string, Partial<Record<Centrality, number>>>(g.nodes.map((n) => [n.id, {}]));
  const want = options.metrics;
  if (want.has('degree') || want.has('weightedDegree')) {
    graph.forEachNode((node) => {
      const v = values.get(node)!;
      if (want.has('degree')) v.degree = graph.degree(node);
      if (want.has('weightedDegree')) {
        let sum = 0;
        graph.forEachEdge(node, (_e, attrs) => { sum += attrs.weight as number; });
        v.weightedDegree = sum;
      }
    });
  }
  if (want.has('pagerank') && graph.order > 0) {
    const pr = pagerank(graph, { getEdgeWeight: 'weight', ...PAGERANK });
    for (const [node, score] of Object.entries(pr)) values.get(node)!.pagerank = score;
  }
  if (want.has('betweenness') && graph.order > 0) {
    // Hops, not weights: a tie's weight counts events, which is closeness, not distance.
    const bc = betweenness(graph, { getEdgeWeight: null, normalized: true });
    for (const [node, score] of Object.entries(bc)) values.get(node)!.betweenness = score;
  }
  const result: RawMetrics = { values };
  if (want.has('community')) {
    if (graph.size === 0) {
      // Louvain is undefined without edges: every actor is its own community.
      result.communities = new Map(g.nodes.map((n, i) => [n.id, i]));
      result.modularity = 0;
    } else {
      const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: options.resolution, rng: seededRandom(options.seed) });
      result.communities = new Map(Object.entries(detailed.communities));
      result.modularity = detailed.modularity;
    }
  }
  return result;
}

export const graphologyImplementation: MetricsImplementation = {
  id: 'graphology',
  description: 'In-process graphology-metrics 2.4 (PageRank, betweenness) and graphology-communities-louvain 2.0 (seeded)',
  available: () => true,
  run,
};
