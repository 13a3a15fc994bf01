// Bulk load of a Neo4j store from the CSV files `entente generate` writes: UNWIND batches
// (batchSize rows, one transaction each) that CREATE nodes and edges in a store that was empty
// when the load began, instead of the write path's per-document MERGE with existence checks.
// Nodes go first, so every edge batch finds its ends through the id constraints' indexes.
import neo4j, { type Driver } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { csvRowChunks, readCsvManifest, type CsvTable } from '../bulk-csv.js';
import { StoreError } from '../graph-store.js';
import { cypher, cypherStatements } from '../queries.js';
import type { Neo4jOptions } from './config.js';
import { toStoreError } from './errors.js';

export interface Neo4jBulkReport { rows: Record<string, number>; steps: Record<string, number>; totalMs: number }

export interface Neo4jBulkOptions {
  /** Rows per UNWIND transaction (10k–50k is the usual range). */
  batchSize?: number;
  onStep?: (step: string, ms: number) => void;
}

/** Manifest table → query file, in load order (nodes first). Only what the generator writes. */
const FILES: [table: string, query: string][] = [
  ['countries', 'bulk-countries'], ['persons', 'bulk-persons'], ['meetings', 'bulk-meetings'], ['pacts', 'bulk-pacts'],
  ['represents', 'bulk-represents'], ['attended_country', 'bulk-attended-country'], ['attended_person', 'bulk-attended-person'],
  ['party_to', 'bulk-party-to'], ['held_in', 'bulk-held-in'], ['ties', 'bulk-ties'],
];

/** A CSV cell as the write path's rows hold it (manifest types; an empty field is null). */
function cellOf(text: string, type: string): unknown {
  if (type === 'string[]') {
    const inner = text.replace(/^\[|\]$/g, '');
    return inner ? inner.split(',') : [];
  }
  if (text === '') return null;
  if (type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}

/** Loads a directory of CSV files into an empty Neo4j database. */
export async function bulkLoadNeo4j(options: Neo4jOptions, csvDir: string, opts: Neo4jBulkOptions = {}): Promise<Neo4jBulkReport> {
  const started = performance.now();
  const manifest = readCsvManifest(csvDir, FILES.map(([t]) => t));
  const batchSize = opts.batchSize ?? 20_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new StoreError(`bulk load: batchSize must be a positive integer, not ${batchSize}`, 'invalid');
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { userAgent: 'entente-bulk' });
  const session = () => driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const report: Neo4jBulkReport = { rows: {}, steps: {}, totalMs: 0 };
  try {
    const s = session();
    try {
      for (const statement of cypherStatements('neo4j', 'schema')) await s.run(statement);
      const used = (await s.run(cypher('neo4j', 'bulk-is-empty'))).records[0]?.get('used');
      if (used) throw new StoreError(`bulk load: the Neo4j database at ${options.uri} already holds nodes; the bulk load only fills an empty database (use \`entente load\` to add to one)`, 'conflict');
    } finally {
      await s.close();
    }
    for (const [table, query] of FILES) {
      const t = manifest.tables[table];
      if (!t) continue;
      const t0 = performance.now();
      report.rows[table] = await loadTable(session, csvDir, table, t, cypher('neo4j', query), batchSize);
      const ms = performance.now() - t0;
      report.steps[`load:${table}`] = ms;
      opts.onStep?.(`load:${table}`, ms);
    }
  } catch (err) {
    throw err instanceof StoreError ? err : toStoreError(err, options.uri, 'bulk loading');
  } finally {
    await driver.close();
  }
  report.totalMs = performance.now() - started;
  return report;
}

async function loadTable(session: () => ReturnType<Driver['session']>, csvDir: string, table: string, t: CsvTable, text: string, batchSize: number): Promise<number> {
  const file = `${csvDir}/${t.file}`;
  const columns = t.columns.map((c) => ({ name: c.name, type: c.type }));
  const s = session();
  let rows: Record<string, unknown>[] = [];
  let n = 0;
  const flush = async () => {
    if (!rows.length) return;
    const batch = rows;
    rows = [];
    const res = await s.executeWrite((tx) => tx.run(text, { rows: batch }));
    const got = Number(res.records[0]?.get('n') ?? 0);
    if (got !== batch.length) throw new StoreError(`bulk load: ${batch.length - got} of ${batch.length} rows of ${file} name a node missing from the files (earlier batches stay written)`, 'invalid');
    n += got;
  };
  try {
    for await (const chunk of csvRowChunks(file)) for (const f of chunk) {
      if (f.length !== columns.length) throw new StoreError(`bulk load: a row of ${file} has ${f.length} fields, not ${columns.length} (${table} row ${n + rows.length + 1})`, 'invalid');
      const row: Record<string, unknown> = {};
      columns.forEach((c, i) => { row[c.name] = cellOf(f[i], c.type); });
      rows.push(row);
      if (rows.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await s.close();
  }
  return n;
}
