// Runs the GraphStore contract suite on a real Neo4j: the one NEO4J_URI names, or else the one
// test/neo4j/start.sh started (test/neo4j/run/neo4j.env). Without either it skips, saying so.
import { describe, expect, it } from '@jest/globals';
import { StoreError } from '../../server/store/graph-store.js';
import { neo4jOptionsFromEnv } from '../../server/store/neo4j/config.js';
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { describeGraphStore } from './graph-store.contract.js';
import { fromLauncher, neo4jTestEnv } from './neo4j-env.fixtures.js';

/** Above this many nodes the database is not a test leftover: the suite will not wipe it
 * unless NEO4J_TEST_WIPE=1 (NEO4J_URI may name someone's real deployment). */
const WIPE_LIMIT = 1000;
const env = neo4jTestEnv();
const options = env ? neo4jOptionsFromEnv(env) : null;
if (!options) console.warn('Neo4j store tests skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run test/neo4j/start.sh first.');

let announced = false;

/** A fresh, empty store on the shared server: the contract opens one at a time. */
async function open() {
  if (!options) return null;
  const store = openNeo4jStore(options);
  try {
    await store.init();
    if (!announced && !fromLauncher && process.env.NEO4J_TEST_WIPE !== '1') {
      const nodes = Object.values((await store.counts()).nodes).reduce((a, b) => a + b, 0);
      if (nodes > WIPE_LIMIT) {
        console.warn(`Neo4j store tests skipped: ${store.info.location} holds ${nodes} nodes and the suite empties the database; set NEO4J_TEST_WIPE=1 to allow it.`);
        await store.close();
        return null;
      }
    }
    await store.deleteAll();
  } catch (err) {
    await store.close();
    throw err;
  }
  if (!announced) {
    announced = true;
    console.log(`Neo4j contract suite running against ${store.info.engine} at ${store.info.location}`);
  }
  return store;
}

await describeGraphStore('neo4j', open);

// These need no server: they check what a user sees when the settings or the server are wrong.
describe('Neo4j store without a server', () => {
  it('names the URI when nothing answers there', async () => {
    const store = openNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const err = await store.init().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: 'unavailable', message: expect.stringContaining('Neo4j at bolt://127.0.0.1:1 is unavailable') });
    } finally {
      await store.close();
    }
  });

  it('rejects a malformed URI before connecting', () => {
    expect(() => openNeo4jStore({ uri: 'http://localhost:7474' })).toThrow(/Neo4j settings are invalid: uri: expected bolt:\/\/host:port/);
    expect(() => neo4jOptionsFromEnv({ NEO4J_URI: 'localhost' })).toThrow(/NEO4J_URI: expected bolt/);
  });
});
