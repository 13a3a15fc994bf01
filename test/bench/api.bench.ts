// API latency on the seed graph: each query as a raw store call and over HTTP (a real server on
// 127.0.0.1), median and p95 over N runs after a warm-up, and the HTTP/raw ratio.
// Run: npm run bench:api   (BENCH_RUNS=200 for more runs; BENCH_SYNTHETIC=20000 adds that many
// synthetic events from server/synthetic/world.ts to the seeds, to see how the routes scale)
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { loadPath } from '../../server/ingest/load.js';
import { openStore } from '../../server/store/index.js';
import { worldBatches } from '../../server/synthetic/world.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC ?? 0);
const WARMUP = 10;

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const dir = mkdtempSync(path.join(tmpdir(), 'entente-bench-'));
const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
try {
  const seedStart = performance.now();
  await loadPath(store, path.resolve('seeds'));
  if (SYNTHETIC > 0) {
    const pacts = Math.round(SYNTHETIC * 0.05);
    for (const batch of worldBatches({ seed: 2026, meetings: SYNTHETIC - pacts, pacts, persons: 2_000, batchSize: 10_000 })) await store.writeBatch(batch);
  }
  const seedMs = performance.now() - seedStart;
  const server = createApp({ store }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (url: string) => {
    const res = await fetch(base + url);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.json();
  };

  const cases: { name: string; raw: () => Promise<unknown>; http: string }[] = [
    { name: 'network 2024 (ties)', raw: () => store.ties({ relations: ['met', 'pact'], from: '2024', to: '2024' }), http: '/api/network?from=2024&to=2024' },
    { name: 'network all time', raw: () => store.ties({ relations: ['met', 'pact'] }), http: '/api/network' },
    { name: 'ego VN depth 2', raw: () => store.ties({ relations: ['met', 'pact'] }), http: `/api/ego/${encodeURIComponent('country:VN')}?depth=2` },
    { name: 'path JP→VN shortest', raw: () => store.shortestPaths({ source: 'country:JP', target: 'country:VN', relations: ['met', 'pact'], maxHops: 6, all: false }), http: '/api/paths?source=country:JP&target=country:VN' },
    { name: 'path JP→RU k=5 (Yen)', raw: () => store.ties({ relations: ['met', 'pact'] }), http: '/api/paths?source=country:JP&target=country:RU&mode=k&k=5' },
    { name: 'entity US (profile)', raw: () => store.entityEvents('country:US', {}, 0, 10_000), http: `/api/entities/${encodeURIComponent('country:US')}` },
    { name: 'timeline by month', raw: () => store.attendance({ relations: ['met'] }), http: '/api/timeline?bucket=month' },
    { name: 'who met whom US–CN', raw: () => store.pairEvents('country:US', 'country:CN', ['met'], {}, 0, 50), http: `/api/pairs/${encodeURIComponent('country:US')}/${encodeURIComponent('country:CN')}/events?relations=met` },
  ];

  const counts = await store.counts();
  console.log(`${SYNTHETIC ? `seeds + ${SYNTHETIC} synthetic events` : 'seed graph'}: ${counts.nodes.countries} countries, ${counts.nodes.meetings} meetings, ${counts.nodes.pacts} pacts, ${counts.edges.ties} ties; loaded in ${seedMs.toFixed(0)} ms; ${RUNS} runs each (+${WARMUP} warm-up)`);
  console.log(`store: ${store.info.engine}`);
  const rows: string[][] = [['query', 'raw median', 'raw p95', 'HTTP median', 'HTTP p95', 'HTTP/raw']];
  for (const c of cases) {
    const raw = await time(c.raw);
    const http = await time(() => get(c.http));
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    rows.push([c.name, f(quantile(raw, 0.5)), f(quantile(raw, 0.95)), f(quantile(http, 0.5)), f(quantile(http, 0.95)), `${(quantile(http, 0.5) / quantile(raw, 0.5)).toFixed(1)}×`]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('raw = the one store call the route is built on (ties / shortestPaths / pairEvents); HTTP adds node lookups, hop explanations, JSON and the socket.');
  server.close();
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
