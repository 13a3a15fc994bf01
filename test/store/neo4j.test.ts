// Runs the GraphStore contract suite on a real Neo4j: the one NEO4J_URI names, or else the one
// test/neo4j/start.sh started (test/neo4j/run/neo4j.env). Without either it skips, saying so.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { neo4jOptionsFromEnv } from '../../server/store/neo4j/config.js';
import { openNeo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { describeGraphStore } from './graph-store.contract.js';

const ENV_FILE = fileURLToPath(new URL('../neo4j/run/neo4j.env', import.meta.url));

function settings(): NodeJS.ProcessEnv | null {
  if (process.env.NEO4J_URI) return process.env;
  if (!existsSync(ENV_FILE)) return null;
  const pairs = readFileSync(ENV_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]);
  return Object.fromEntries(pairs);
}

const env = settings();
const options = env ? neo4jOptionsFromEnv(env) : null;
if (!options) console.warn('Neo4j store tests skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or run test/neo4j/start.sh first.');

let announced = false;

/** A fresh, empty store on the shared server: the contract opens one at a time. */
async function open() {
  if (!options) return null;
  const store = openNeo4jStore(options);
  try {
    await store.init();
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
