// Load figures: the bulk path against the engine's raw COPY of the same files (side by side, same
// run) and against the normal write path (loadInterchange → store.writeBatch) on a slice of the
// same world, per event and in batches; the best normal rate is the one compared.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadInterchange } from '../../../server/ingest/load.js';
import type { GraphStore } from '../../../server/store/graph-store.js';
import { readCsvManifest } from '../../../server/store/bulk-csv.js';
import { bulkLoadLadybug, copyRawLadybug } from '../../../server/store/ladybug/bulk-load.js';
import { openStore } from '../../../server/store/index.js';
import type { WorldPlan } from '../../../server/synthetic/world.js';
import type { Results, StoreName } from '../lib/results.js';
import { timed } from '../lib/stats.js';
import { BENCH_TMP, interchangeSlice } from '../lib/world.js';

export const BULK_TARGET_RATIO = 1.5;
export const SPEEDUP_TARGET = 10;

export function eventsIn(csvDir: string): number {
  const m = readCsvManifest(csvDir, ['countries', 'organizations', 'persons', 'meetings', 'pacts', 'documents', 'attended_country', 'attended_person', 'attended_organization', 'party_to', 'party_to_organization', 'held_in', 'reported_in', 'ties', 'represents']);
  return (m.tables.meetings?.rows ?? 0) + (m.tables.pacts?.rows ?? 0);
}

/** Raw COPY then bulk load into fresh directories; returns the bulk-loaded directory. */
export async function embeddedLoadFigures(results: Results, csvDir: string, runId: string): Promise<{ dataDir: string; bulkMs: number }> {
  const rawDir = path.join(BENCH_TMP, `${runId}-raw`);
  const dataDir = path.join(BENCH_TMP, `${runId}-bulk`);
  const progress = (what: string) => (step: string, ms: number) => console.error(`    ${what} ${step}: ${(ms / 1000).toFixed(1)} s`);
  console.error('  raw COPY of the generator files (the floor)…');
  const raw = await copyRawLadybug(rawDir, csvDir, { onStep: progress('raw') });
  rmSync(rawDir, { recursive: true, force: true });
  console.error('  bulk load…');
  const bulk = await bulkLoadLadybug(dataDir, csvDir, { onStep: progress('bulk') });
  const ratio = bulk.totalMs / raw.totalMs;
  results.add({ key: 'load.raw', label: 'raw COPY of the same rows (floor)', store: 'embedded', value: raw.totalMs / 1000, unit: 's' });
  results.add({ key: 'load.bulk', label: 'bulk load → queryable graph (TIE incl.)', store: 'embedded', value: bulk.totalMs / 1000, unit: 's', note: `steps (derive runs alongside the actor, REPRESENTS and TIE copies): ${Object.entries(bulk.steps).filter(([, ms]) => ms > 500).map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)} s`).join(', ')}; event join: ${bulk.eventJoin}` });
  results.add({ key: 'load.bulk-vs-raw', label: 'bulk ÷ raw COPY', store: 'embedded', value: ratio, unit: '×', target: `≤ ${BULK_TARGET_RATIO}×`, pass: ratio <= BULK_TARGET_RATIO });
  return { dataDir, bulkMs: bulk.totalMs };
}

/** Events per second through loadInterchange on a slice: one event per call and batched. */
export async function normalPathFigures(results: Results, store: GraphStore, storeName: StoreName, plan: WorldPlan, events: number, bulkEventsPerSecond: number | null, reset?: () => Promise<void>): Promise<void> {
  const slice = interchangeSlice(plan, events * 2);
  await loadInterchange(store, slice.persons);
  const doc = (evs: typeof slice.events) => ({ ...slice.persons, entities: { persons: [], organizations: [] }, events: evs });
  const perEvent = await timed(async () => { for (const e of slice.events.slice(0, events)) await loadInterchange(store, doc([e])); });
  const batched = await timed(() => chunks(slice.events.slice(events), 500, (evs) => loadInterchange(store, doc(evs))));
  const rates = { 'per event': events / (perEvent.ms / 1000), 'batches of 500': events / (batched.ms / 1000) };
  const [bestMode, best] = Object.entries(rates).sort((a, b) => b[1] - a[1])[0];
  results.add({ key: 'load.normal-rate', label: `normal path (loadInterchange) best rate, slice of ${events} events`, store: storeName, value: best, unit: 'events/s', note: `per event ${rates['per event'].toFixed(0)}/s, batches of 500 ${rates['batches of 500'].toFixed(0)}/s; best: ${bestMode}` });
  if (bulkEventsPerSecond !== null) {
    results.add({ key: 'load.bulk-rate', label: 'bulk load rate', store: storeName, value: bulkEventsPerSecond, unit: 'events/s' });
    const speedup = bulkEventsPerSecond / best;
    results.add({ key: 'load.bulk-vs-normal', label: 'bulk ÷ best normal path (events/s)', store: storeName, value: speedup, unit: '×', target: `≥ ${SPEEDUP_TARGET}×`, pass: speedup >= SPEEDUP_TARGET });
  }
  await reset?.();
}

async function chunks<T>(xs: T[], size: number, fn: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < xs.length; i += size) await fn(xs.slice(i, i + size));
}

/** A fresh embedded store in a temporary directory for the normal-path slice. */
export async function scratchEmbedded(runId: string): Promise<{ store: GraphStore; dispose: () => Promise<void> }> {
  const dir = path.join(BENCH_TMP, `${runId}-normal`);
  rmSync(dir, { recursive: true, force: true });
  const store = await openStore({ dataDir: dir, neo4j: null });
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
