// `npm run bench`: the scale benchmark. Loads a synthetic world (1M meetings + 50k pacts by
// default) into the embedded store by the bulk path, side by side with the engine's raw COPY of
// the same files and with the normal write path on a slice; times the network, ego, path and
// who-met-whom queries in process and over HTTP and one article's ingestion (in a process started
// as the server is: figures/served-queries.ts), and the server's memory; repeats load and queries
// on a private Neo4j at a smaller size; runs the client's large-graph script when present.
// Prints ONE table (figure, per-store value, target, pass) and writes it as JSON to
// test/bench/results/<timestamp>.json.
//   npm run bench -- [--quick] [--meetings N] [--pacts N] [--neo4j-meetings N] [--runs N]
//                    [--slice N] [--neo4j-slice N] [--seed N] [--no-neo4j] [--no-client] [--keep]
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphStore } from '../../server/store/graph-store.js';
import { openStore } from '../../server/store/index.js';
import { bulkLoadNeo4j } from '../../server/store/neo4j/bulk-load.js';
import type { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { clientFigures } from './figures/client.js';
import { embeddedLoadFigures, eventsIn, normalPathFigures, scratchEmbedded } from './figures/load.js';
import { memoryFigure } from './figures/memory.js';
import { startNeo4j } from './figures/neo4j-instance.js';
import { queryCases } from './figures/queries.js';
import { servedQueryFigures } from './figures/served-queries.js';
import { Results } from './lib/results.js';
import { timed } from './lib/stats.js';
import { ensureWorld, planOf, type WorldSize } from './lib/world.js';

const { values: a } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false }, meetings: { type: 'string' }, pacts: { type: 'string' }, 'neo4j-meetings': { type: 'string' },
    runs: { type: 'string' }, slice: { type: 'string' }, 'neo4j-slice': { type: 'string' }, seed: { type: 'string', default: '42' },
    'no-neo4j': { type: 'boolean', default: false }, 'no-client': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  },
});
const int = (name: string, v: string | undefined, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) { console.error(`bench: --${name} must be a positive integer, not "${v}"`); process.exit(2); }
  return n;
};
const meetings = int('meetings', a.meetings, a.quick ? 100_000 : 1_000_000);
const size: WorldSize = { seed: int('seed', a.seed, 42), meetings, pacts: int('pacts', a.pacts, Math.max(1, Math.round(meetings / 20))) };
const neo4jMeetings = int('neo4j-meetings', a['neo4j-meetings'], Math.min(meetings, a.quick ? 5_000 : 20_000));
const neo4jSize: WorldSize = { seed: size.seed, meetings: neo4jMeetings, pacts: Math.max(1, Math.round(neo4jMeetings / 20)) };
const runs = int('runs', a.runs, a.quick ? 20 : 40);
const slice = int('slice', a.slice, a.quick ? 500 : 1000);
// The write path on Neo4j runs about one event per second here: a smaller slice says as much.
const neo4jSlice = int('neo4j-slice', a['neo4j-slice'], 100);
const runId = `run-${process.pid}`;

const results = new Results({ started: new Date().toISOString(), meetings: size.meetings, pacts: size.pacts, seed: size.seed, neo4jMeetings: a['no-neo4j'] ? null : neo4jSize.meetings, runs, slice, neo4jSlice });
const plan = planOf(size);
const urls = queryCases(plan).map((c) => c.url);

// ---- embedded store -------------------------------------------------------------------------
console.error(`== embedded store: ${size.meetings} meetings, ${size.pacts} pacts (seed ${size.seed})`);
const csvDir = await ensureWorld(size);
const { dataDir, bulkMs } = await embeddedLoadFigures(results, csvDir, runId);
try {
  console.error(`  normal path on a slice of ${slice} events (per event, then batched)…`);
  const scratch = await scratchEmbedded(runId);
  try {
    await normalPathFigures(results, scratch.store, 'embedded', plan, slice, eventsIn(csvDir) / (bulkMs / 1000));
  } finally {
    await scratch.dispose();
  }
  console.error('  queries, HTTP and ingestion on the bulk-loaded graph…');
  await servedQueryFigures(results, { store: 'embedded', dataDir, size, runs });
  console.error('  server memory…');
  await memoryFigure(results, 'embedded', { ENTENTE_DATA_DIR: dataDir }, urls);
} finally {
  if (!a.keep) rmSync(dataDir, { recursive: true, force: true });
  else console.error(`  kept the bulk-loaded store in ${dataDir}`);
}

// ---- Neo4j ------------------------------------------------------------------------------------
if (!a['no-neo4j']) {
  console.error(`== neo4j: ${neo4jSize.meetings} meetings, ${neo4jSize.pacts} pacts (a private harness instance)`);
  const neo4jCsv = await ensureWorld(neo4jSize);
  const instance = await startNeo4j();
  if (typeof instance === 'string') {
    results.add({ key: 'load.bulk', label: 'bulk load → queryable graph (TIE incl.)', store: 'neo4j', value: null, unit: 's', note: `not measured: ${instance}` });
  } else {
    const options = { uri: instance.uri, user: 'neo4j', password: 'unused-auth-disabled', database: 'neo4j' };
    const store = (await openStore({ dataDir: '', neo4j: options })) as GraphStore & Pick<Neo4jStore, 'deleteAll'>;
    try {
      const nplan = planOf(neo4jSize);
      console.error(`  normal path on a slice of ${neo4jSlice} events…`);
      await normalPathFigures(results, store, 'neo4j', nplan, neo4jSlice, null, () => store.deleteAll());
      console.error('  bulk load (UNWIND batches of 10,000)…');
      const bulk = await timed(() => bulkLoadNeo4j(options, neo4jCsv, { batchSize: 10_000, onStep: (s, ms) => console.error(`    neo4j ${s}: ${(ms / 1000).toFixed(1)} s`) }));
      const bulkRate = eventsIn(neo4jCsv) / (bulk.ms / 1000);
      results.add({ key: 'load.bulk', label: 'bulk load → queryable graph (TIE incl.)', store: 'neo4j', value: bulk.ms / 1000, unit: 's', note: `UNWIND batches of 10,000 rows per transaction; Neo4j ${instance.version}` });
      const normal = results.figures.find((f) => f.key === 'load.normal-rate' && f.store === 'neo4j')?.value ?? null;
      results.add({ key: 'load.bulk-rate', label: 'bulk load rate', store: 'neo4j', value: bulkRate, unit: 'events/s' });
      if (normal) results.add({ key: 'load.bulk-vs-normal', label: 'bulk ÷ best normal path (events/s)', store: 'neo4j', value: bulkRate / normal, unit: '×', target: '≥ 10×', pass: bulkRate / normal >= 10 });
      console.error('  queries, HTTP and ingestion…');
      await servedQueryFigures(results, { store: 'neo4j', neo4jUri: options.uri, size: neo4jSize, runs });
    } finally {
      await store.close();
    }
    console.error('  server memory…');
    await memoryFigure(results, 'neo4j', { NEO4J_URI: options.uri, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password }, queryCases(planOf(neo4jSize)).map((c) => c.url));
    await instance.stop();
  }
}

// ---- client -----------------------------------------------------------------------------------
if (!a['no-client']) {
  console.error('== client (large-graph script)');
  await clientFigures(results);
}

console.log(`\nEntente scale benchmark — embedded ${size.meetings} meetings + ${size.pacts} pacts${a['no-neo4j'] ? '' : `; neo4j ${neo4jSize.meetings} + ${neo4jSize.pacts}`}; ${runs} timed runs per query (p95 over them)\n`);
console.log(results.table());
const file = results.write(path.join(import.meta.dirname, 'results'));
console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
