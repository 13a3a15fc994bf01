// Loads the named, parameterized queries under cypher/neo4j/ (read once, cached). Private to
// this adapter: server/store/queries.ts was not there when it was written.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { StoreError } from '../graph-store.js';

export const NEO4J_CYPHER_DIR = fileURLToPath(new URL('../../../cypher/neo4j/', import.meta.url));

const cache = new Map<string, string>();

/** The text of cypher/neo4j/NAME.cypher, with its leading comment lines removed. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(NEO4J_CYPHER_DIR, `${name}.cypher`);
    try {
      text = readFileSync(file, 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
    } catch (err) {
      throw new StoreError(`Neo4j query file missing or unreadable: ${file}`, 'corrupt', { cause: err });
    }
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (schema), split on the `;` that ends a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name).split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}
