// A real embedded store in a temporary directory, optionally loaded with the seeds, for the
// HTTP suites. Each suite gets its own directory and closes the store when it is done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import { loadPath } from '../../server/ingest/load.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { openStore } from '../../server/store/index.js';

export const SEEDS_DIR = path.resolve('seeds');

export interface TempStore { store: GraphStore; dir: string; close(): Promise<void> }

export async function openTempStore({ seeded }: { seeded: boolean }): Promise<TempStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-http-'));
  const config = loadConfig({ ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const store = await openStore(config);
  if (seeded) await loadPath(store, SEEDS_DIR);
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const enc = encodeURIComponent;
