// Loads the named, parameterized queries under cypher/<dialect>/NAME.cypher (read once, cached),
// shared by both adapters. Values always travel as parameters; the only text ever filled in is
// a node-table name in a `{{Label}}` slot, taken from the closed list the caller passes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from './graph-store.js';

export type Dialect = 'ladybug' | 'neo4j';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/** The text of cypher/<dialect>/NAME.cypher without its `//` comment lines. */
export function cypher(dialect: Dialect, name: string): string {
  const key = `${dialect}/${name}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new StoreError(`query name "${name}" is not kebab-case`, 'invalid');
    const file = path.join(CYPHER_DIR, dialect, `${name}.cypher`);
    try {
      text = readFileSync(file, 'utf8').split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
    } catch (err) {
      throw new StoreError(`query file missing or unreadable: ${file}`, 'corrupt', { cause: err });
    }
    cache.set(key, text);
  }
  return text;
}

/** The statements of a multi-statement file (schema), split on the `;` that ends a line. */
export function cypherStatements(dialect: Dialect, name: string): string[] {
  return cypher(dialect, name).split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}

/** Fills `{{Slot}}` placeholders with table names; each must be one of `allowed`. */
export function withLabels(text: string, labels: Record<string, string>, allowed: readonly string[]): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const label = labels[slot];
    if (label === undefined) throw new StoreError(`query slot {{${slot}}} has no value`, 'invalid');
    if (!allowed.includes(label)) throw new StoreError(`"${label}" is not a table of this store`, 'invalid');
    return label;
  });
}
