// Analytics benchmark: PageRank and Louvain p95 on a synthetic one-year window (~200 countries,
// a realistic number of ties), all metrics on it, and metrics over 30 yearly periods, printed
// against the targets (p95 ≤ 500 ms; 30 periods ≤ 5 s). In memory by default; --store also
// loads a synthetic world (server/synthetic) into a temporary embedded store and times the
// 30-year /metrics/series computation through the service, store reads included, cold and cached.
//   npm run bench:analytics -- [--runs 30] [--countries 200] [--ties 4000] [--store --meetings 20000 [--data-dir DIR]]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalytics } from '../../server/analytics/analytics-service.js';
import { loadConfig } from '../../server/config.js';
import { NetworkQuery } from '../../server/domain/network/schema.js';
import { networkOf } from '../../server/network/network-of.js';
import { openStore } from '../../server/store/index.js';
import { withProjection } from '../../server/store/projection/with-projection.js';
import { worldBatches } from '../../server/synthetic/world.js';
import { computeMetrics } from '../../server/analytics/compute-metrics.js';
import { graphologyImplementation } from '../../server/analytics/implementations/graphology.js';
import { syntheticNetwork } from '../../server/analytics/synthetic.fixtures.js';
import { weightedGraphOf } from '../../server/analytics/weighted-graph.js';
import { alignedCommunities } from '../../server/analytics/series.js';
import type { MetricName } from '../../server/analytics/types.js';

const { values: args } = parseArgs({ options: {
  runs: { type: 'string', default: '30' },
  countries: { type: 'string', default: '200' },
  ties: { type: 'string', default: '4000' },
  store: { type: 'boolean', default: false },
  meetings: { type: 'string', default: '20000' },
  /** Keep the loaded store here and reuse it on the next run (a temporary directory otherwise). */
  'data-dir': { type: 'string' },
} });
const RUNS = Number(args.runs);
const COUNTRIES = Number(args.countries);
const TIES = Number(args.ties);
const TARGET_P95_MS = 500;
const TARGET_SERIES_MS = 5000;

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

async function timeRuns(name: string, fn: () => Promise<unknown>, target?: number) {
  await fn(); // warm-up: JIT and module loading are not what a request pays
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const p50 = quantile(times, 0.5);
  const p95 = quantile(times, 0.95);
  const verdict = target === undefined ? '' : p95 <= target ? `  ok (target p95 ≤ ${target} ms)` : `  OVER target p95 ≤ ${target} ms`;
  console.log(`${name.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  max ${Math.max(...times).toFixed(1).padStart(7)} ms${verdict}`);
  return p95;
}

const year = syntheticNetwork({ countries: COUNTRIES, ties: TIES, blocs: 8, seed: 2024 });
const graph = weightedGraphOf(year);
console.log(`synthetic one-year window: ${graph.nodes.length} countries, ${graph.edges.length} ties (${year.edges.length} network edges), ${RUNS} runs after one warm-up`);
console.log(`node ${process.version}, ${new Date().toISOString()}`);

const run = (metrics: MetricName[]) => () => graphologyImplementation.run(graph, { metrics: new Set(metrics), seed: 42, resolution: 1 });
const results = [
  await timeRuns('PageRank (weighted)', run(['pagerank']), TARGET_P95_MS),
  await timeRuns('Louvain (seeded)', run(['community']), TARGET_P95_MS),
  await timeRuns('PageRank + Louvain', run(['pagerank', 'community']), TARGET_P95_MS),
  await timeRuns('betweenness', run(['betweenness'])),
  await timeRuns('all metrics (computeMetrics)', () => computeMetrics(year), TARGET_P95_MS),
];

// 30 yearly windows, each a different network (the data changes year to year), computed and
// aligned as /metrics/series does on a cold cache: with its default metric (PageRank, plus the
// community), and with every metric (betweenness included) for comparison.
const years = Array.from({ length: 30 }, (_, i) => syntheticNetwork({ countries: COUNTRIES, ties: TIES, blocs: 8, seed: 1990 + i }));
async function timeSeries(name: string, metrics: MetricName[] | undefined, target?: number): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const perYear = [];
    for (const net of years) perYear.push(await computeMetrics(net, { metrics }));
    alignedCommunities(perYear);
    times.push(performance.now() - t0);
  }
  const median = quantile(times, 0.5);
  const verdict = target === undefined ? '' : median <= target ? `  ok (target ≤ ${target} ms)` : `  OVER target ≤ ${target} ms`;
  console.log(`${name.padEnd(34)} median of 3: ${median.toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)${verdict}`);
  return median;
}
const series = await timeSeries('30 yearly periods, pagerank+comm.', ['pagerank', 'community'], TARGET_SERIES_MS);
await timeSeries('30 yearly periods, all metrics', undefined);

let failed = results.filter((p, i) => i !== 3 && p > TARGET_P95_MS).length + (series > TARGET_SERIES_MS ? 1 : 0);

if (args.store) failed += await storeSeries(Number(args.meetings));
process.exitCode = failed ? 1 : 0;

/** 30 yearly periods through the analytics service on a real embedded store. */
async function storeSeries(meetings: number): Promise<number> {
  const keep = args['data-dir'] ? path.resolve(args['data-dir']) : null;
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'entente-bench-analytics-'));
  // As the server composes it: the store behind its in-memory projection, once loaded.
  const store = withProjection(await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, ENTENTE_NO_SEED: '1' })));
  try {
    await store.projectionReady();
    const t0 = performance.now();
    const reuse = (await store.counts()).nodes.meetings > 0;
    if (!reuse) for (const b of worldBatches({ seed: 7, meetings, pacts: Math.round(meetings / 20), persons: 0, years: 30, startYear: 1995, batchSize: 2000 })) await store.writeBatch(b);
    const counts = await store.counts();
    console.log(`\nembedded store: ${counts.nodes.meetings} meetings, ${counts.nodes.pacts} pacts, ${counts.edges.ties} tie rows over 1995–2024, ${reuse ? `reused from ${dir}` : `loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`}`);
    const request = { filters: { relations: ['met', 'pact'] as ('met' | 'pact')[], minWeight: 1, includePersons: false, includeOrganizations: true }, from: '1995', to: '2024', bucket: 'year' as const, centralities: ['pagerank' as const] };
    // One year of the loaded world, PageRank + Louvain on it, store reads included (no cache).
    const lastYear = '2024';
    const yearQuery = NetworkQuery.parse({ from: lastYear, to: lastYear });
    const oneYear: number[] = [];
    for (let i = 0; i < 11; i++) {
      const s0 = performance.now();
      await computeMetrics(await networkOf(store, yearQuery), { metrics: ['pagerank', 'community'] });
      if (i) oneYear.push(performance.now() - s0);
    }
    const p95 = quantile(oneYear, 0.95);
    console.log(`${`year ${lastYear} via store: PR + Louvain`.padEnd(34)} p95 ${p95.toFixed(0)} ms, median ${quantile(oneYear, 0.5).toFixed(0)} ms  ${p95 <= TARGET_P95_MS ? 'ok' : 'OVER'} (target ≤ ${TARGET_P95_MS} ms)`);
    const analytics = createAnalytics({ store });
    const c0 = performance.now();
    const r = await analytics.series(request);
    const cold = performance.now() - c0;
    const w0 = performance.now();
    await analytics.series(request);
    const warm = performance.now() - w0;
    const nodes = r.periods.map((p) => p.nodeCount);
    console.log(`${'series 30 years via store, cold'.padEnd(34)} ${cold.toFixed(0)} ms (${Math.min(...nodes)}–${Math.max(...nodes)} actors a year)  ${cold <= TARGET_SERIES_MS ? 'ok' : 'OVER'} (target ≤ ${TARGET_SERIES_MS} ms)`);
    console.log(`${'series 30 years via store, cached'.padEnd(34)} ${warm.toFixed(0)} ms`);
    return (cold <= TARGET_SERIES_MS ? 0 : 1) + (p95 <= TARGET_P95_MS ? 0 : 1);
  } finally {
    await store.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
