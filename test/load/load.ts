// Load test: the seeds plus 100,000 synthetic events (server/synthetic/world.ts, loaded by the
// bulk path), then the real server under 50 concurrent connections for 30 s on a
// mixed read workload while a writer ingests documents; reports requests/s, p50/p99 latency and
// errors, and checks the counts afterwards. Not part of `npm test`.
// Run: npm run bench:load   (LOAD_EVENTS=20000 LOAD_SECONDS=10 for a quick run)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { loadConfig } from '../../server/config.js';
import { hashOf } from '../../server/domain/ids.js';
import { loadPath } from '../../server/ingest/load.js';
import { bulkLoadCsv, openStore } from '../../server/store/index.js';
import { runGenerate } from '../../server/cli/generate.js';
import type { Counts } from '../../server/store/graph-store.js';
import { ARTICLES } from '../reliability/articles.fixtures.js';
import { getJson, postJson, startServer } from '../reliability/server-process.fixtures.js';

const EVENTS = Number(process.env.LOAD_EVENTS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const P99_TARGET_MS = 250;
const enc = encodeURIComponent;
const total = (c: Counts) => ({ nodes: Object.values(c.nodes).reduce((a, b) => a + b, 0), edges: Object.values(c.edges).reduce((a, b) => a + b, 0) });

// ---- 1. build the graph ------------------------------------------------------------------------
// The synthetic events go in through the bulk path (the generator's CSV, the engine's COPY), the
// seeds through the normal write path on top. LOAD_DIR keeps the built directory (and reuses it
// when it already holds a graph), so the serving half can be re-run or probed by hand.
const keepDir = process.env.LOAD_DIR ? path.resolve(process.env.LOAD_DIR) : null;
const dir = keepDir ?? mkdtempSync(path.join(tmpdir(), 'entente-load-'));
let t0 = performance.now();
let store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
if ((await store.counts()).nodes.meetings === 0) {
  await store.close();
  const pacts = Math.round(EVENTS * 0.05);
  const csv = mkdtempSync(path.join(tmpdir(), 'entente-load-csv-'));
  try {
    if (await runGenerate(['--seed', '2026', '--meetings', String(EVENTS - pacts), '--pacts', String(pacts), '--persons', '4000', '--out', csv]) !== 0) throw new Error('entente generate failed');
    const report = await bulkLoadCsv({ dataDir: dir, neo4j: null }, path.join(csv, 'csv'));
    console.log(`built: ${EVENTS} synthetic events by the bulk path in ${(report.totalMs / 1000).toFixed(1)} s (generated and loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  } finally {
    rmSync(csv, { recursive: true, force: true });
  }
  store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  t0 = performance.now();
  await loadPath(store, path.resolve('seeds'));
  console.log(`seeds loaded through the write path in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} else console.log(`reusing the graph in ${dir}`);
const built = await store.counts();
// Real ids for the workload: the busiest countries, a few persons, a pair that met.
const hubs = ['US', 'CN', 'JP', 'FR', 'DE', 'IN', 'BR', 'VN', 'KE', 'CL'].map((c) => `country:${c}`);
const persons = (await store.search('a', 20)).filter((h) => h.kind === 'person').map((h) => h.id).slice(0, 5);
await store.close();
console.log(`graph: ${built.nodes.meetings} meetings, ${built.nodes.pacts} pacts, ${built.edges.ties} ties`);

// ---- 2. serve it and load it -------------------------------------------------------------------
const server = await startServer({ ENTENTE_DATA_DIR: dir }, 120_000);
const pick = <T>(xs: T[], i: number) => xs[i % xs.length];
const paths: string[] = [];
for (let i = 0; i < 400; i++) {
  const year = 1995 + (i % 30);
  const [a, b] = [pick(hubs, i), pick(hubs, i + 3)];
  switch (i % 6) {
    case 0: paths.push(`/api/network?from=${year}-01&to=${year}-06`); break;
    case 1: paths.push(`/api/ego/${enc(a)}?from=${year}&to=${year}`); break;
    case 2: paths.push(`/api/paths?source=${enc(a)}&target=${enc(pick(hubs, i + 7))}&from=${year}&to=${year}`); break;
    case 3: paths.push(`/api/pairs/${enc(a)}/${enc(b)}/events?limit=20`); break;
    case 4: paths.push(`/api/search?q=${enc(['ja', 'vi', 'ken', 'br', 'ベトナム', 'chi', 'fr'][i % 7])}`); break;
    default: paths.push(`/api/entities/${enc(i % 12 === 5 && persons.length ? pick(persons, i) : a)}`);
  }
}
// Each connection walks the list from its own offset (autocannon cycles through `requests`).
const requests = paths.map((p) => ({ method: 'GET', path: p }));

// The first article loads the extractor's dictionaries (seconds, on the server's event loop):
// done before measuring, and reported, since reads stall meanwhile.
t0 = performance.now();
const warm = await postJson(`${server.url}api/documents`, { ...ARTICLES[0], dryRun: true });
console.log(`first article (extractor load, dry run): ${(performance.now() - t0).toFixed(0)} ms, status ${warm.status}`);

// Every run writes documents the store has not seen (a reused LOAD_DIR holds earlier runs'):
// a repeat is skipped in a few milliseconds and would flatter the figures.
const run = `${Date.now()}-${process.pid}`;
let writing = true;
const writes = { ok: 0, failed: 0, ms: [] as number[], nodesCreated: 0, edgesCreated: 0, documents: 0 };
const writer = (async () => {
  for (let i = 0; writing; i++) {
    const id = `doc:${hashOf('load', run, String(i)).slice(0, 24)}`;
    const [x, y] = [pick(hubs, i), pick(hubs, i + 1)];
    const body = i % 2
      ? { ...pick(ARTICLES, i), text: `${pick(ARTICLES, i).text}\n(load test copy ${run}/${i})` }
      : { documents: [{ id, title: `Load test report ${i}`, lang: 'en', published: '2025-06-01' }], events: [{ type: 'meeting', id: `meeting:${hashOf('load-meeting', run, String(i)).slice(0, 24)}`, kind: 'talks', date: '2025-05-31', participants: [{ type: 'country', code: x.slice(8) }, { type: 'country', code: y.slice(8) }], evidence: [{ documentId: id, start: 0, end: 10 }] }] };
    const t = performance.now();
    const res = await postJson(`${server.url}api/${i % 2 ? 'documents' : 'import'}`, body).catch(() => ({ status: 0, body: null }));
    writes.ms.push(performance.now() - t);
    if (res.status === 200) {
      writes.ok++;
      const report = i % 2 ? res.body.report : res.body;
      writes.nodesCreated += report.nodesCreated;
      writes.edgesCreated += report.edgesCreated;
      writes.documents += report.documents.written;
    } else writes.failed++;
  }
})();

const before = (await getJson(`${server.url}api/health`)).body.counts;
const result = await autocannon({ url: server.url.slice(0, -1), connections: CONNECTIONS, duration: SECONDS, requests, timeout: 10 });
writing = false;
await writer;

// ---- 3. report and check -----------------------------------------------------------------------
const after = (await getJson(`${server.url}api/health`)).body.counts;
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const errors = result.errors + result.timeouts + result.non2xx;
console.log(`reads: ${CONNECTIONS} connections, ${SECONDS} s, ${paths.length} distinct requests (network window, ego, paths, pair events, search, entity detail)`);
console.log(`  ${result.requests.average.toFixed(0)} requests/s, ${result.requests.total} requests; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
console.log(`writes during the run: ${writes.ok} ok, ${writes.failed} failed; latency p50 ${q(writes.ms, 0.5).toFixed(0)} ms, p99 ${q(writes.ms, 0.99).toFixed(0)} ms`);

const ourServerCounts = { documents: before.documents + writes.documents };
const grew = Object.values(after).reduce((a: number, b) => a + (b as number), 0) - Object.values(before).reduce((a: number, b) => a + (b as number), 0);
const problems: string[] = [];
if (errors) problems.push(`${errors} read errors`);
if (writes.failed) problems.push(`${writes.failed} failed writes`);
if (result.latency.p99 > P99_TARGET_MS) problems.push(`p99 ${result.latency.p99} ms is over the ${P99_TARGET_MS} ms target`);
if (after.documents !== ourServerCounts.documents) problems.push(`documents: ${after.documents}, expected ${ourServerCounts.documents}`);
if (before.meetings !== built.nodes.meetings || before.pacts !== built.nodes.pacts) problems.push(`the server saw ${before.meetings} meetings / ${before.pacts} pacts, the build wrote ${built.nodes.meetings} / ${built.nodes.pacts}`);

// The full counts, from the store itself once the server has shut down.
const exit = await server.stop();
if (exit !== 0) problems.push(`server exited with ${exit}`);
const reopened = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
const final = await reopened.counts();
await reopened.close();
const expected = { nodes: total(built).nodes + writes.nodesCreated, edges: total(built).edges + writes.edgesCreated };
if (total(final).nodes !== expected.nodes || total(final).edges !== expected.edges) problems.push(`store holds ${JSON.stringify(total(final))}, the build plus the write reports say ${JSON.stringify(expected)}`);
console.log(`counts: ${JSON.stringify(final.nodes)}; node+edge growth seen over HTTP ${grew}, by the write reports ${writes.nodesCreated} nodes + ${writes.edgesCreated} edges`);
if (!keepDir) rmSync(dir, { recursive: true, force: true });
if (problems.length) { console.log(`FAILED: ${problems.join('; ')}`); process.exit(1); }
console.log('OK: zero errors, p99 within target, counts as expected');
