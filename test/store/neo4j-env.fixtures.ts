// Where the Neo4j suites find a server: the one NEO4J_URI names, or else the one
// test/neo4j/start.sh started (it writes test/neo4j/run/neo4j.env). Null when neither exists.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ENV_FILE = fileURLToPath(new URL('../neo4j/run/neo4j.env', import.meta.url));

/** True when the settings come from the launcher's throw-away server rather than NEO4J_URI. */
export const fromLauncher = !process.env.NEO4J_URI;

export function neo4jTestEnv(): NodeJS.ProcessEnv | null {
  if (process.env.NEO4J_URI) return process.env;
  if (!existsSync(ENV_FILE)) return null;
  const pairs = readFileSync(ENV_FILE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]);
  return Object.fromEntries(pairs);
}
