// Analytics over the store: the network of a window (or as of a day) from server/network, its
// metrics through the implementation registry, results cached per (window, filters, options).
// The cache key includes a fingerprint of the store's counts, so a load that adds events makes
// the next request recompute instead of serving figures from before it.
import type { NetworkQuery } from '../domain/network/schema.js';
import { lastDay } from '../domain/dates/partial-date.js';
import { networkOf } from '../network/network-of.js';
import { snapshotNetwork } from '../network/snapshot.js';
import type { GraphStore } from '../store/graph-store.js';
import { blocChanges, type BlocChanges } from './bloc-changes.js';
import { computeMetrics } from './compute-metrics.js';
import { implementationsFor, pickImplementation } from './implementations/registry.js';
import type { MetricsImplementation } from './implementations/types.js';
import { cacheKey, MetricsCache } from './metrics-cache.js';
import { periodsOf, type Bucket } from './periods.js';
import { DEFAULT_SEED } from './seeded-rng.js';
import { buildSeries, type SeriesResult } from './series.js';
import { METRICS, type Centrality, type MetricName, type MetricsResult } from './types.js';

const SERIES_CONCURRENCY = 2;

export interface RunSettings {
  metrics?: readonly MetricName[];
  seed?: number;
  resolution?: number;
  implementation?: string;
}

/** Network filters without the window: what series and bloc changes share with /network. */
export type NetworkFilters = Omit<NetworkQuery, 'from' | 'to' | 'eventIdsPerEdge'>;
/** Metrics read edge weights only: the networks they run on carry no event ids. */
export type MetricsQuery = Omit<NetworkQuery, 'eventIdsPerEdge'>;

export interface SeriesRequest extends RunSettings {
  filters: NetworkFilters;
  from: string;
  to: string;
  bucket: Bucket;
  centralities: readonly Centrality[];
  /** Actor ids to report (country:JP…); all countries when omitted. */
  ids?: string[];
}

export interface BlocChangesRequest extends RunSettings {
  filters: NetworkFilters;
  at1: string;
  at2: string;
  metric: Centrality;
  limit: number;
}

export interface AnalyticsDeps {
  store: GraphStore;
  cache?: MetricsCache;
  registry?: readonly MetricsImplementation[];
  /** How long the store fingerprint (counts) is trusted before asking again, in ms. */
  fingerprintTtl?: number;
}

export function createAnalytics({ store, cache = new MetricsCache(), registry, fingerprintTtl = 2000 }: AnalyticsDeps) {
  let fingerprint: { value: Promise<string>; at: number } | null = null;
  const dataFingerprint = (): Promise<string> => {
    const now = Date.now();
    if (!fingerprint || now - fingerprint.at > fingerprintTtl) {
      const value = store.counts().then((c) => JSON.stringify(c));
      value.catch(() => { fingerprint = null; });
      fingerprint = { value, at: now };
    }
    return fingerprint.value;
  };

  // The store's own algorithms (Neo4j GDS) come first when it has them; asked once.
  const implementations = registry ? Promise.resolve(registry) : implementationsFor(store);
  const settingsOf = async (s: RunSettings) => {
    const resolution = s.resolution ?? 1;
    const registry = await implementations;
    return {
      implementation: pickImplementation(s.implementation, registry, { resolution }).id,
      metrics: [...new Set(s.metrics?.length ? s.metrics : METRICS)].sort(),
      seed: s.seed ?? DEFAULT_SEED,
      resolution,
      registry,
    };
  };
  /** What the cache key holds of the settings (the registry is the same for every request). */
  const keyOf = ({ registry: _registry, ...rest }: Awaited<ReturnType<typeof settingsOf>>) => rest;

  /** Metrics of the network in a window (the /network query). */
  async function metrics(query: MetricsQuery, settings: RunSettings = {}): Promise<MetricsResult> {
    const s = await settingsOf(settings);
    const key = cacheKey({ view: 'window', query: { ...query, eventIdsPerEdge: undefined }, s: keyOf(s), data: await dataFingerprint() });
    return cache.getOrCompute(key, async () => computeMetrics(await networkOf(store, { ...query, eventIdsPerEdge: 0 }), s));
  }

  /** Metrics of the network as of a day: pacts in force then, meetings of the year before. */
  async function metricsAsOf(at: string, filters: NetworkFilters, settings: RunSettings = {}): Promise<MetricsResult> {
    const s = await settingsOf(settings);
    const day = lastDay(at);
    const key = cacheKey({ view: 'asOf', day, filters, s: keyOf(s), data: await dataFingerprint() });
    return cache.getOrCompute(key, async () => computeMetrics(await snapshotNetwork(store, day, { ...filters, from: undefined, to: undefined, eventIdsPerEdge: 0 }), s));
  }

  async function series(req: SeriesRequest): Promise<SeriesResult> {
    const periods = periodsOf(req.from, req.to, req.bucket);
    // Only what is asked for: betweenness is half the cost of a period, and most series don't
    // chart it. Requests for the same metrics share the cache entries.
    const settings = { ...req, metrics: [...req.centralities, 'community' as const] };
    const results: MetricsResult[] = new Array(periods.length);
    // Two periods in flight: the store's read (on its own reader connection) of one overlaps
    // the in-process computation of the other; more only queue up in the store on 2 cores.
    let next = 0;
    const worker = async () => {
      while (next < periods.length) {
        const i = next++;
        results[i] = await metrics({ ...req.filters, from: periods[i].from, to: periods[i].to }, settings);
      }
    };
    await Promise.all(Array.from({ length: Math.min(SERIES_CONCURRENCY, periods.length) }, worker));
    return buildSeries({ periods, results, metrics: req.centralities, ids: req.ids });
  }

  async function changes(req: BlocChangesRequest): Promise<BlocChanges> {
    const settings = { ...req, metrics: [req.metric, 'community' as const] };
    const before = await metricsAsOf(req.at1, req.filters, settings);
    const after = await metricsAsOf(req.at2, req.filters, settings);
    return blocChanges(before, after, { metric: req.metric, limit: req.limit });
  }

  return { metrics, metricsAsOf, series, blocChanges: changes, cache };
}

export type Analytics = ReturnType<typeof createAnalytics>;
