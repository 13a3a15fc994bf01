// Composition root: config → store → seeds when empty → app → listen; closes the store on
// SIGINT/SIGTERM so the embedded database is never left half-written.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadPath } from './ingest/load.js';
import { stopExtractThread } from './ingest/extract-thread.js';
import { openStore } from './store/index.js';
import { withProjection } from './store/projection/with-projection.js';
import { withReadCache } from './store/read-cache.js';
import type { GraphStore } from './store/graph-store.js';

async function seedIfEmpty(store: GraphStore, config: Config, log: pino.Logger): Promise<void> {
  if (!config.seed) return;
  const { nodes } = await store.counts();
  if (Object.values(nodes).some((n) => n > 0)) return;
  if (!existsSync(config.seedsDir)) { log.warn({ dir: config.seedsDir }, 'store is empty and there is no seeds directory'); return; }
  const started = Date.now();
  const report = await loadPath(store, config.seedsDir);
  log.info({ dir: config.seedsDir, ms: Date.now() - started, documents: report.documents, events: report.events }, 'seeded the empty store');
}

export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) { console.error(`entente: ${err.message}`); process.exit(2); }
    throw err;
  }
  const log = pino({ level: config.logLevel, base: undefined });
  const opened = await openStore(config);
  // Loads in the background; reads go to the store until it is ready.
  const projection = config.projection ? withProjection(opened, (msg) => log.info(msg)) : null;
  void projection?.projectionReady();
  const projected = projection ?? opened;
  // Neo4j may be shared by several servers, whose writes this process's cache would not see.
  const store = config.neo4j || config.readCacheEntries === 0 ? projected : withReadCache(projected, config.readCacheEntries);
  await seedIfEmpty(store, config, log);
  const app = createApp({ store, config, logger: log });
  const server = app.listen(config.port, config.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  log.info({ url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/`, store: store.info }, 'entente is listening');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // Stop accepting, let requests in flight finish (up to 10 s), then close the store.
    const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    clearTimeout(force);
    await stopExtractThread();
    await store.close();
    log.info('store closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

await main().catch((err) => {
  console.error('entente: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
