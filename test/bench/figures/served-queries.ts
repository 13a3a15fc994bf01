// The query and ingestion figures in a process of their own, started as the server is (its V8
// flags, a fresh heap holding only the store and its projection): the benchmark's own process has
// just generated and bulk-loaded a million events, and the garbage that leaves behind would be
// measured as the server's latency. Both sides of each HTTP ratio run here. Prints the figures as
// JSON on stdout (progress on stderr).
//   node <server flags> --import tsx test/bench/figures/served-queries.ts --store embedded --data-dir DIR …
//   … --store neo4j --neo4j-uri bolt://… ; and --seed --meetings --pacts --runs for the world's plan
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../../server/config.js';
import { SERVER_NODE_FLAGS } from '../../../server/scripts/node-flags.js';
import { openStore } from '../../../server/store/index.js';
import { withProjection } from '../../../server/store/projection/with-projection.js';
import { withReadCache } from '../../../server/store/read-cache.js';
import { Results, type Figure, type StoreName } from '../lib/results.js';
import { planOf, type WorldSize } from '../lib/world.js';
import { ingestFigures, queryFigures, repeatFigures } from './queries.js';

export interface ServedOptions { store: StoreName; dataDir?: string; neo4jUri?: string; size: WorldSize; runs: number }

/** Runs this file as a child process and adds its figures to `results`. */
export async function servedQueryFigures(results: Results, o: ServedOptions): Promise<void> {
  const args = ['--store', o.store, '--seed', String(o.size.seed), '--meetings', String(o.size.meetings), '--pacts', String(o.size.pacts), '--runs', String(o.runs)];
  if (o.dataDir) args.push('--data-dir', o.dataDir);
  if (o.neo4jUri) args.push('--neo4j-uri', o.neo4jUri);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`served-queries exited with ${code}`);
  for (const f of JSON.parse(out) as Figure[]) results.figures.push(f);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: a } = parseArgs({ options: { store: { type: 'string' }, 'data-dir': { type: 'string' }, 'neo4j-uri': { type: 'string' }, seed: { type: 'string' }, meetings: { type: 'string' }, pacts: { type: 'string' }, runs: { type: 'string' } } });
  const storeName = a.store as StoreName;
  const plan = planOf({ seed: Number(a.seed), meetings: Number(a.meetings), pacts: Number(a.pacts) });
  const results = new Results({});
  const defaults = loadConfig({});
  const raw = storeName === 'embedded'
    ? await openStore({ dataDir: a['data-dir']!, neo4j: null, bufferPoolMb: defaults.bufferPoolMb })
    : await openStore({ dataDir: '', neo4j: { uri: a['neo4j-uri']!, user: 'neo4j', password: 'unused-auth-disabled', database: 'neo4j' } });
  // As the server composes it: the embedded store behind its in-memory projection, once loaded.
  const store = storeName === 'embedded' ? withProjection(raw) : raw;
  try {
    if (storeName === 'embedded') {
      const started = performance.now();
      const projected = store as ReturnType<typeof withProjection>;
      await projected.projectionReady();
      const p = projected.projection();
      results.add({ key: 'projection.load', label: 'projection load at server start (reads use the store meanwhile)', store: 'embedded', value: (performance.now() - started) / 1000, unit: 's', note: `${p.state}: ${p.events} events, ${p.actors} actors, ${p.pairs} pairs` });
    }
    await queryFigures(results, store, storeName, plan, Number(a.runs));
    if (storeName === 'embedded') await repeatFigures(results, withReadCache(store, defaults.readCacheEntries), storeName, plan, Number(a.runs));
    await ingestFigures(results, store, storeName, plan, Number(a.runs));
  } finally {
    await store.close();
  }
  process.stdout.write(JSON.stringify(results.figures));
}
