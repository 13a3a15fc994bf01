// What the analytics API's figures mean for the view: node sizes for a chosen metric, the
// ranking rows and one colour per community. Pure: no DOM, no Cytoscape.
export const SIZE_METRICS = ['activity', 'degree', 'weightedDegree', 'betweenness', 'pagerank'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export type Centrality = Exclude<SizeMetric, 'activity'>;
export const COLOR_MODES = ['region', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

// The API's result shapes are the server's own types (type-only: nothing of the server is bundled).
export type { MetricsResult, NodeMetrics } from '../../server/analytics/types.js';
import type { NodeMetrics } from '../../server/analytics/types.js';
export interface SeriesResult {
  implementation: string;
  periods: { period: string }[];
  series: { id: string; label: string; values: ({ period: string; community: number | null } & Partial<Record<Centrality, number | null>>)[] }[];
}

/** Activity is the network's own weight; the ranking and chart then show PageRank. */
export function rankingMetric(size: SizeMetric): Centrality {
  return size === 'activity' ? 'pagerank' : size;
}

/** Diameter in pixels on the same square-root scale as activity sizes (elements.ts nodeSize). */
export function metricSizes(nodes: readonly NodeMetrics[], metric: Centrality): Map<string, number> {
  let max = 0;
  for (const n of nodes) max = Math.max(max, n[metric] ?? 0);
  const out = new Map<string, number>();
  for (const n of nodes) {
    const v = n[metric] ?? 0;
    out.set(n.id, max > 0 && v > 0 ? Math.round(12 + 34 * Math.sqrt(v / max)) : 12);
  }
  return out;
}

export interface RankRow { rank: number; id: string; label: string; value: number; community?: number }

export function topRows(nodes: readonly NodeMetrics[], metric: Centrality, limit = 10): RankRow[] {
  return nodes
    .filter((n) => typeof n[metric] === 'number')
    .sort((a, b) => (b[metric] ?? 0) - (a[metric] ?? 0) || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((n, i) => ({ rank: i + 1, id: n.id, label: n.label, value: n[metric] ?? 0, community: n.community }));
}

// Tableau-like qualitative palette: neighbouring community numbers get clearly different hues.
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#17becf'];
export const NO_COMMUNITY = '#c8ced3';

export function communityColor(id: number | null | undefined): string {
  return id === null || id === undefined || id < 0 ? NO_COMMUNITY : PALETTE[id % PALETTE.length];
}

/** Values like 0.0312 read better with a few significant digits; counts as integers. */
export function metricDigits(metric: Centrality): Intl.NumberFormatOptions {
  return metric === 'degree' || metric === 'weightedDegree' ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
}
