// Shapes shared by the analytics functions: which metrics exist, what one node's figures are,
// and what a metrics run returns. Pure types and constants; no graph library here.

export const METRICS = ['degree', 'weightedDegree', 'betweenness', 'pagerank', 'community'] as const;
export type MetricName = (typeof METRICS)[number];
/** The metrics that are numbers and can rise or fall (community is a label). */
export const CENTRALITIES = ['degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type Centrality = (typeof CENTRALITIES)[number];

export interface NodeMetrics {
  id: string;
  label: string;
  kind: string;
  /** Distinct neighbours in the window. */
  degree?: number;
  /** Events on the node's ties (met + pact counts summed). */
  weightedDegree?: number;
  /** Normalised shortest-path (hop) betweenness: fraction of pairs whose paths pass through the node. */
  betweenness?: number;
  /** Weighted PageRank (damping 0.85); sums to 1 over the window's nodes. */
  pagerank?: number;
  /** Community number within this result (0 = largest). */
  community?: number;
}

export interface Community { id: number; size: number; members: string[] }

export interface MetricsResult {
  implementation: string;
  window: { from: string | null; to: string | null };
  nodes: NodeMetrics[];
  communities: Community[];
  /** Louvain modularity of the partition, when communities were computed. */
  modularity?: number;
}

/** Undirected weighted graph handed to an implementation: one edge per actor pair. */
export interface WeightedGraph {
  nodes: { id: string; label: string; kind: string }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface RunOptions {
  metrics: ReadonlySet<MetricName>;
  /** Seed of the Louvain rng: the same seed on the same graph gives the same communities. */
  seed: number;
  /** Louvain resolution (1 = standard modularity). */
  resolution: number;
}

/** What an implementation returns: per-node values keyed by node id, raw community labels. */
export interface RawMetrics {
  values: Map<string, Partial<Record<Centrality, number>>>;
  communities?: Map<string, number>;
  modularity?: number;
}
