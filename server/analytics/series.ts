// Metrics over time: one metrics result per period (computed by the caller, usually through the
// cache), the chosen centralities of the chosen actors per period, and their community with
// labels carried across periods by overlap so a bloc keeps its number (and colour) over time.
import { alignCommunities } from './match-communities.js';
import type { Period } from './periods.js';
import type { Centrality, MetricsResult } from './types.js';

export interface SeriesPoint extends Partial<Record<Centrality, number | null>> {
  period: string;
  /** Aligned community label; null when the actor has no tie in the period. */
  community: number | null;
}

export interface SeriesResult {
  implementation: string;
  periods: { period: string; window: { from: string; to: string }; nodeCount: number; communityCount: number; modularity: number | null }[];
  series: { id: string; label: string; values: SeriesPoint[] }[];
}

export interface SeriesInput {
  periods: Period[];
  results: MetricsResult[];
  metrics: readonly Centrality[];
  /** Actor ids to report; every country seen in any period when omitted. */
  ids?: string[];
}

/** Community labels per period, each aligned to the previous non-empty period. */
export function alignedCommunities(results: MetricsResult[]): Map<string, number>[] {
  const aligned: Map<string, number>[] = [];
  let previous: Map<string, number> | null = null;
  let nextFresh = 0;
  for (const r of results) {
    const raw = new Map<string, number>();
    for (const n of r.nodes) if (n.community !== undefined) raw.set(n.id, n.community);
    if (!raw.size) { aligned.push(raw); continue; }
    const { relabel } = alignCommunities(previous ?? new Map(), raw, nextFresh);
    const labelled = new Map([...raw].map(([node, label]) => [node, relabel.get(label)!]));
    for (const label of labelled.values()) nextFresh = Math.max(nextFresh, label + 1);
    aligned.push(labelled);
    previous = labelled;
  }
  return aligned;
}

export function buildSeries({ periods, results, metrics, ids }: SeriesInput): SeriesResult {
  if (periods.length !== results.length) throw new Error(`analytics: ${periods.length} periods but ${results.length} results`);
  const communities = alignedCommunities(results);
  const byPeriod = results.map((r) => new Map(r.nodes.map((n) => [n.id, n])));
  const labels = new Map<string, string>();
  for (const r of results) for (const n of r.nodes) labels.set(n.id, n.label);
  const wanted = ids ?? [...new Set(results.flatMap((r) => r.nodes.filter((n) => n.kind === 'country').map((n) => n.id)))].sort();
  return {
    implementation: results[0]?.implementation ?? 'graphology',
    periods: periods.map((p, i) => ({
      period: p.period,
      window: { from: p.from, to: p.to },
      nodeCount: results[i].nodes.length,
      communityCount: results[i].communities.length,
      modularity: results[i].modularity ?? null,
    })),
    series: wanted.map((id) => ({
      id,
      label: labels.get(id) ?? id.slice(id.indexOf(':') + 1),
      values: periods.map((p, i) => {
        const node = byPeriod[i].get(id);
        const point: SeriesPoint = { period: p.period, community: communities[i].get(id) ?? null };
        for (const m of metrics) point[m] = node?.[m] ?? null;
        return point;
      }),
    })),
  };
}
