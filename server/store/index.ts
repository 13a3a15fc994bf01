// Picks the store adapter from the configuration: Neo4j when NEO4J_URI is set, otherwise the
// embedded LadybugDB under the data directory. Only the chosen adapter's module is imported, so
// the embedded engine's native binary is never loaded for a Neo4j deployment, nor the reverse.
import type { Config } from '../config.js';
import type { GraphStore } from './graph-store.js';

/** Opens and initialises (schema created if missing) the configured store. */
export async function openStore(config: Pick<Config, 'dataDir' | 'neo4j'> & { bufferPoolMb?: number }): Promise<GraphStore> {
  let store: GraphStore;
  if (config.neo4j) {
    const { openNeo4jStore } = await import('./neo4j/neo4j-store.js');
    const { uri, user, password, database } = config.neo4j;
    store = openNeo4jStore({ uri, user, password, database });
  } else {
    const { openLadybugStore } = await import('./ladybug/ladybug-store.js');
    store = await openLadybugStore(config.dataDir, config.bufferPoolMb ? { bufferPoolSize: config.bufferPoolMb * 1024 * 1024 } : {});
  }
  try {
    await store.init();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

/** Loads a directory of generator CSV files (`entente generate --out DIR`) into an EMPTY store
 * through the database's own bulk path: COPY for the embedded store, UNWIND batches for Neo4j. */
export async function bulkLoadCsv(config: Pick<Config, 'dataDir' | 'neo4j'>, csvDir: string, onStep?: (step: string, ms: number) => void): Promise<{ rows: Record<string, number>; totalMs: number }> {
  if (config.neo4j) {
    const { bulkLoadNeo4j } = await import('./neo4j/bulk-load.js');
    return bulkLoadNeo4j(config.neo4j, csvDir, { onStep });
  }
  const { bulkLoadLadybug } = await import('./ladybug/bulk-load.js');
  return bulkLoadLadybug(config.dataDir, csvDir, { onStep });
}
