// Bulk load of the embedded store from CSV files (`entente generate` output: one file per table,
// manifest.json naming each file's columns): COPY per table into an empty data directory,
// which costs about what the engine's raw COPY of the same rows costs, instead of the per-event
// write path. Two things the raw files do not give COPY:
// - the Meeting/Pact `participants` and Meeting `placeId` columns the reads use (derived from the
//   ATTENDED/PARTY_TO/HELD_IN files in one streaming pass, written to staged event files);
// - REPRESENTS, which 0.19.1 COPYs wrongly (see cypher/ladybug/bulk-represents.cypher): loaded
//   with UNWIND batches on the small Person/Country tables instead.
// copyRawLadybug is the floor the benchmark compares against: the same files COPYed as they are.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import lbug from '@ladybugdb/core';
import { csvRowChunks, fieldAt, readCsvManifest, RecordReader, type CsvManifestLike, type CsvTable } from '../bulk-csv.js';
import { StoreError } from '../graph-store.js';
import { cypher, cypherStatements, withLabels } from '../queries.js';
import { LbugConnection } from './connection.js';
import { openError, prepareDataDir } from './data-dir.js';
import { ENGINE } from './ladybug-store.js';
import { NODE_TABLES, type NodeTable } from './tables.js';

export interface BulkLoadReport {
  /** Rows loaded per manifest table. */
  rows: Record<string, number>;
  /** Milliseconds per step (derive, copy:<table>, represents). */
  steps: Record<string, number>;
  totalMs: number;
  /** How event files met their edge files: a merge join (files in event order) or maps. */
  eventJoin?: 'merge' | 'maps';
}

export interface BulkLoadOptions {
  /** Buffer pool size in bytes (engine default when absent). */
  bufferPoolSize?: number;
  /** Where staged event files go (a temporary directory by default; removed afterwards). */
  stagingDir?: string;
  /** REPRESENTS rows per UNWIND statement. */
  representsBatch?: number;
  onStep?: (step: string, ms: number) => void;
}

// Manifest table → node table, and for edge files the relationship table.
const NODE_FILES: Record<string, NodeTable> = { countries: 'Country', organizations: 'Organization', persons: 'Person', meetings: 'Meeting', pacts: 'Pact', documents: 'Document' };
const REL_FILES: Record<string, string> = {
  attended_country: 'ATTENDED', attended_person: 'ATTENDED', attended_organization: 'ATTENDED', party_to: 'PARTY_TO', party_to_organization: 'PARTY_TO',
  held_in: 'HELD_IN', reported_in: 'REPORTED_IN', ties: 'TIE', represents: 'REPRESENTS',
};
const REL_TABLES = ['ATTENDED', 'PARTY_TO', 'HELD_IN', 'REPORTED_IN', 'TIE', 'REPRESENTS'] as const;
/** Small node tables: read without the parallel reader (their search text holds newlines). */
const SMALL: readonly string[] = ['countries', 'organizations', 'persons', 'documents'];
/** Tables that name no meeting or pact, so they load while the event columns are derived. */
const EARLY: readonly string[] = ['countries', 'organizations', 'persons', 'represents', 'documents', 'ties'];
/** Load order: nodes before the edges naming them; REPRESENTS before the big tables. */
const ORDER = ['countries', 'organizations', 'persons', 'represents', 'documents', 'meetings', 'pacts', 'attended_country', 'attended_organization', 'attended_person', 'party_to', 'party_to_organization', 'held_in', 'reported_in', 'ties'];

const KNOWN = [...Object.keys(NODE_FILES), ...Object.keys(REL_FILES)];

export function readLadybugManifest(csvDir: string): CsvManifestLike {
  const m = readCsvManifest(csvDir, KNOWN);
  for (const [name, t] of Object.entries(m.tables)) {
    if (name in REL_FILES && name !== 'represents' && !(t.from && t.to && t.from in NODE_FILES && t.to in NODE_FILES)) throw new StoreError(`bulk load: ${csvDir}/manifest.json: edge table "${name}" needs "from" and "to" naming node tables`, 'invalid');
  }
  return m;
}

// ---- statements -------------------------------------------------------------------------------

/** COPY takes no parameters: the file path goes into the text, so it must be plain. */
function safeFile(file: string): string {
  const abs = path.resolve(file);
  if (!/^[\w./+@-]+$/.test(abs)) throw new StoreError(`bulk load: the path ${abs} has characters a COPY statement cannot carry (use letters, digits, . _ - + / @)`, 'invalid');
  return abs;
}

function copyNodeText(table: NodeTable, columns: string[], file: string, parallel: boolean): string {
  const text = cypher('ladybug', 'bulk-copy-node')
    .replace('{{Columns}}', columns.map((c) => `\`${c}\``).join(', '))
    .replace('{{File}}', safeFile(file))
    .replace('{{Parallel}}', parallel ? 'TRUE' : 'FALSE');
  return withLabels(text, { Label: table }, NODE_TABLES);
}

function copyRelText(rel: string, from: NodeTable, to: NodeTable, file: string, parallel: boolean): string {
  const text = cypher('ladybug', 'bulk-copy-rel')
    .replace('{{File}}', safeFile(file))
    .replace('{{Parallel}}', parallel ? 'TRUE' : 'FALSE');
  return withLabels(text, { Rel: rel, From: from, To: to }, [...REL_TABLES, ...NODE_TABLES]);
}

// ---- the loader ---------------------------------------------------------------------------------

interface Open { db: InstanceType<typeof lbug.Database>; conn: LbugConnection }

async function openFresh(dataDir: string, bufferPoolSize?: number): Promise<Open> {
  const abs = path.resolve(dataDir);
  const dbPath = prepareDataDir(abs, ENGINE);
  let db: InstanceType<typeof lbug.Database> | undefined;
  try {
    db = new lbug.Database(dbPath, bufferPoolSize);
    await db.init();
    const c = new lbug.Connection(db);
    await c.init();
    const conn = new LbugConnection(c, 'bulk');
    for (const statement of cypherStatements('ladybug', 'schema')) await conn.plain(statement);
    const [row] = await conn.run(cypher('ladybug', 'bulk-is-empty'));
    if (Number(row?.n ?? 0) > 0) throw new StoreError(`bulk load: the embedded store in ${abs} already holds ${row.n} nodes; the bulk load only fills an empty data directory (use \`entente load\` to add to one)`, 'conflict');
    return { db, conn };
  } catch (err) {
    await db?.close().catch(() => undefined);
    throw err instanceof StoreError ? err : openError(abs, err);
  }
}

async function close({ db, conn }: Open): Promise<void> {
  await conn.close();
  await db.close();
}

async function tableColumns(conn: LbugConnection, table: string): Promise<string[]> {
  return (await conn.run(withLabels(cypher('ladybug', 'bulk-table-columns'), { Table: table }, [...NODE_TABLES, ...REL_TABLES]))).map((r) => String(r.name));
}

/** Runs one COPY, naming the file when it fails (a missing endpoint, a duplicate key…). */
async function copy(conn: LbugConnection, text: string, file: string): Promise<void> {
  try {
    await conn.plain(text);
  } catch (err) {
    throw new StoreError(`bulk load: COPY from ${file} failed, the store is incomplete (remove the data directory and retry): ${(err as Error).message}`, 'invalid', { cause: err });
  }
}

const stepTimer = (report: BulkLoadReport, onStep?: BulkLoadOptions['onStep']) => async <T>(step: string, work: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const out = await work();
  const ms = performance.now() - t0;
  report.steps[step] = (report.steps[step] ?? 0) + ms;
  onStep?.(step, ms);
  return out;
};

/** Loads a directory of CSV files into a new (empty) embedded store at dataDir. */
export async function bulkLoadLadybug(dataDir: string, csvDir: string, options: BulkLoadOptions = {}): Promise<BulkLoadReport> {
  const started = performance.now();
  const manifest = readLadybugManifest(csvDir);
  const report: BulkLoadReport = { rows: {}, steps: {}, totalMs: 0 };
  const step = stepTimer(report, options.onStep);
  const fileOf = (name: string) => path.join(csvDir, manifest.tables[name].file);
  const staging = options.stagingDir ?? mkdtempSync(path.join(os.tmpdir(), 'entente-bulk-'));
  const open = await openFresh(dataDir, options.bufferPoolSize);
  try {
    const load = async (name: string, staged: Map<string, Staged>) => {
      const t = manifest.tables[name];
      if (!t) return;
      if (name === 'represents') {
        report.rows[name] = await step('represents', () => loadRepresents(open.conn, fileOf(name), t, options.representsBatch ?? 10_000));
        return;
      }
      await step(`copy:${name}`, async () => {
        if (name in NODE_FILES) {
          const table = NODE_FILES[name];
          const s = staged.get(name);
          const columns = s ? s.columns : t.columns.map((c) => c.name);
          await checkColumns(open.conn, table, columns, name);
          await copy(open.conn, copyNodeText(table, columns, s?.file ?? fileOf(name), !SMALL.includes(name) && !(s?.multiline ?? true)), s?.file ?? fileOf(name));
        } else {
          await checkRelColumns(open.conn, REL_FILES[name], t, name);
          await copyRel(open.conn, REL_FILES[name], NODE_FILES[t.from!], NODE_FILES[t.to!], fileOf(name));
        }
      });
      report.rows[name] = t.rows;
    };
    // Deriving the event columns is Node's work and COPY the engine's: the tables that do not
    // need the derived files (actors, persons, documents, REPRESENTS, TIE) load meanwhile.
    const deriving = step('derive', () => stageEvents(csvDir, manifest, staging));
    const early = (async () => { for (const name of ORDER.filter((n) => EARLY.includes(n))) await load(name, new Map()); })();
    const [derived, copied] = await Promise.allSettled([deriving, early]);
    if (derived.status === 'rejected') throw derived.reason;
    if (copied.status === 'rejected') throw copied.reason;
    const staged = derived.value;
    if (staged.size) report.eventJoin = [...staged.values()].every((s) => s.merged) ? 'merge' : 'maps';
    for (const name of ORDER.filter((n) => !EARLY.includes(n))) await load(name, staged);
  } finally {
    await close(open);
    if (!options.stagingDir) rmSync(staging, { recursive: true, force: true });
  }
  report.totalMs = performance.now() - started;
  return report;
}

/** The floor: every file COPYed as it is into a new store (events without their derived
 * columns, REPRESENTS with the engine's wrong values). For the benchmark only. */
export async function copyRawLadybug(dataDir: string, csvDir: string, options: Pick<BulkLoadOptions, 'bufferPoolSize' | 'onStep'> = {}): Promise<BulkLoadReport> {
  const started = performance.now();
  const manifest = readLadybugManifest(csvDir);
  const report: BulkLoadReport = { rows: {}, steps: {}, totalMs: 0 };
  const step = stepTimer(report, options.onStep);
  const open = await openFresh(dataDir, options.bufferPoolSize);
  try {
    for (const name of ORDER) {
      const t = manifest.tables[name];
      if (!t) continue;
      const file = path.join(csvDir, t.file);
      await step(`copy:${name}`, async () => {
        if (name in NODE_FILES) await copy(open.conn, copyNodeText(NODE_FILES[name], t.columns.map((c) => c.name), file, !SMALL.includes(name)), file);
        else if (name === 'represents') await copy(open.conn, cypher('ladybug', 'bulk-copy-represents-raw').replace('{{File}}', safeFile(file)), file);
        else await copyRel(open.conn, REL_FILES[name], NODE_FILES[t.from!], NODE_FILES[t.to!], file);
      });
      report.rows[name] = t.rows;
    }
  } finally {
    await close(open);
  }
  report.totalMs = performance.now() - started;
  return report;
}

async function copyRel(conn: LbugConnection, rel: string, from: NodeTable, to: NodeTable, file: string): Promise<void> {
  try {
    await conn.plain(copyRelText(rel, from, to, file, true));
  } catch (err) {
    // A quoted newline in some field: the serial reader copes (the failed COPY left nothing).
    if (!/PARALLEL=FALSE/i.test((err as Error).message)) throw new StoreError(`bulk load: COPY from ${file} failed, the store is incomplete (remove the data directory and retry): ${(err as Error).message}`, 'invalid', { cause: err });
    await copy(conn, copyRelText(rel, from, to, file, false), file);
  }
}

async function checkColumns(conn: LbugConnection, table: NodeTable, columns: string[], name: string): Promise<void> {
  const have = new Set(await tableColumns(conn, table));
  const unknown = columns.filter((c) => !have.has(c));
  if (unknown.length) throw new StoreError(`bulk load: ${name} has columns the ${table} table lacks: ${unknown.join(', ')}`, 'invalid');
}

/** A relationship file maps by position: endpoints, then the table's properties in order. */
async function checkRelColumns(conn: LbugConnection, rel: string, t: CsvTable, name: string): Promise<void> {
  const props = await tableColumns(conn, rel);
  const given = t.columns.slice(2).map((c) => c.name);
  if (given.length !== props.length || given.some((c, i) => c !== props[i])) {
    throw new StoreError(`bulk load: ${name} has property columns (${given.join(', ')}) where ${rel} holds (${props.join(', ')}), in that order`, 'invalid');
  }
}

// ---- REPRESENTS ---------------------------------------------------------------------------------

async function loadRepresents(conn: LbugConnection, file: string, t: CsvTable, batch: number): Promise<number> {
  const names = t.columns.map((c) => c.name);
  const at = (c: string) => {
    const i = names.indexOf(c);
    if (i < 0) throw new StoreError(`bulk load: represents has no column "${c}"`, 'invalid');
    return i;
  };
  const [person, country, role, from, to] = ['person', 'country', 'role', 'from', 'to'].map(at);
  const text = cypher('ladybug', 'bulk-represents');
  let rows: Record<string, unknown>[] = [];
  let n = 0;
  const flush = async () => {
    if (!rows.length) return;
    const got = Number((await conn.run(text, { rows }))[0]?.n ?? 0);
    if (got !== rows.length) throw new StoreError(`bulk load: ${rows.length - got} of ${rows.length} REPRESENTS rows in ${file} name a person or country missing from the files`, 'invalid');
    n += got;
    rows = [];
  };
  await conn.plain('BEGIN TRANSACTION');
  try {
    for await (const chunk of csvRowChunks(file)) for (const f of chunk) {
      rows.push({ person: f[person], country: f[country], role: f[role] ?? '', since: f[from] || null, until: f[to] || null });
      if (rows.length >= batch) await flush();
    }
    await flush();
    await conn.plain('COMMIT');
  } catch (err) {
    await conn.plain('ROLLBACK').catch(() => undefined);
    throw err;
  }
  return n;
}

// ---- derived event columns ----------------------------------------------------------------------

interface Staged { file: string; columns: string[]; multiline: boolean; merged: boolean }
interface Source { name: string; key: number; value: number; smallest: boolean }
/** One derived column: from which edge files, keyed by which column, holding which. */
interface Derived { column: string; list: boolean; sources: Source[] }

/** Writes meetings/pacts with their participant (and place) columns, as the write path keeps
 * them: participants in the order of the edge files, place = the smallest HELD_IN country. */
async function stageEvents(csvDir: string, manifest: CsvManifestLike, staging: string): Promise<Map<string, Staged>> {
  const out = new Map<string, Staged>();
  const has = (name: string) => name in manifest.tables;
  const file = (name: string) => path.join(csvDir, manifest.tables[name].file);
  const edge = (name: string, key: number, value: number, smallest = false): Source[] => (has(name) ? [{ name: file(name), key, value, smallest }] : []);
  // A generator that already writes these columns leaves nothing to derive.
  const lacks = (name: string, columns: string[]) => columns.some((c) => !manifest.tables[name].columns.some((x) => x.name === c));
  if (has('meetings') && lacks('meetings', ['participants', 'placeId'])) {
    const derived: Derived[] = [
      { column: 'participants', list: true, sources: [...edge('attended_country', 1, 0), ...edge('attended_organization', 1, 0), ...edge('attended_person', 1, 0)] },
      { column: 'placeId', list: false, sources: edge('held_in', 0, 1, true) },
    ];
    out.set('meetings', await stage(file('meetings'), manifest.tables.meetings, path.join(staging, 'meetings.csv'), derived));
  }
  if (has('pacts') && lacks('pacts', ['participants'])) {
    const derived: Derived[] = [{ column: 'participants', list: true, sources: [...edge('party_to', 1, 0), ...edge('party_to_organization', 1, 0)] }];
    out.set('pacts', await stage(file('pacts'), manifest.tables.pacts, path.join(staging, 'pacts.csv'), derived));
  }
  return out;
}

/** The generator writes edge rows grouped by event in the events' order, so a merge join needs
 * no memory; files in any other order are joined through maps instead (slower, same result). */
async function stage(source: string, t: CsvTable, target: string, derived: Derived[]): Promise<Staged> {
  const columns = t.columns.map((c) => c.name);
  if (columns[0] !== 'id') throw new StoreError(`bulk load: ${source} must have the id in its first column`, 'invalid');
  const staged = { file: target, columns: [...columns, ...derived.map((d) => d.column)] };
  const merged = await writeStaged(source, target, columns, derived, null);
  if (merged !== null) return { ...staged, multiline: merged, merged: true };
  const maps: Map<string, string>[] = [];
  for (const d of derived) {
    const m = new Map<string, string>();
    for (const src of d.sources) await collect(src, d.list, m);
    maps.push(m);
  }
  const multiline = await writeStaged(source, target, columns, derived, maps);
  return { ...staged, multiline: multiline!, merged: false };
}

const add = (prev: string | undefined, v: string, list: boolean, smallest: boolean): string =>
  prev === undefined ? v : list ? `${prev},${v}` : smallest && v < prev ? v : prev;

async function collect(src: Source, list: boolean, into: Map<string, string>): Promise<void> {
  const r = new RecordReader(src.name, true);
  for (let rec = r.peek(); rec !== null; rec = r.peek()) {
    if (rec === undefined) { await r.fill(); continue; }
    r.take();
    const k = fieldAt(rec, src.key);
    into.set(k, add(into.get(k), fieldAt(rec, src.value), list, src.smallest));
  }
}

/** Writes the staged file with the derived columns, from maps or (maps null) by a merge join
 * with the edge files; returns whether a record spans lines, or null when the merge join found
 * an edge file out of event order (what was written is then thrown away). The loop awaits only
 * when a reader needs its next chunk: one promise per event would double the time. */
async function writeStaged(source: string, target: string, columns: string[], derived: Derived[], maps: Map<string, string>[] | null): Promise<boolean | null> {
  const readers = derived.map((d) => d.sources.map((src) => ({ src, r: new RecordReader(src.name, true) })));
  const out = createWriteStream(target);
  const seen = new Set<string>();
  let multiline = false;
  // COPY is given the column list, so the header row only has to be there.
  let buffer = `${[...columns, ...derived.map((d) => d.column)].join(',')}\n`;
  const events = new RecordReader(source, true);
  try {
    for (let rec = events.peek(); rec !== null; rec = events.peek()) {
      if (rec === undefined) { await events.fill(); continue; }
      events.take();
      if (rec.indexOf('\n') >= 0) multiline = true;
      const id = fieldAt(rec, 0);
      // A repeated key would abort the whole COPY: the first row wins, as on the write path.
      if (seen.has(id)) continue;
      seen.add(id);
      let line = rec;
      for (let i = 0; i < derived.length; i++) {
        let value: string | undefined;
        if (maps) value = maps[i].get(id);
        else {
          for (const { src, r } of readers[i]) {
            for (let e = r.peek(); e !== null; e = r.peek()) {
              if (e === undefined) { await r.fill(); continue; }
              if (fieldAt(e, src.key) !== id) break;
              r.take();
              value = add(value, fieldAt(e, src.value), derived[i].list, src.smallest);
            }
          }
        }
        line += derived[i].list ? `,"[${value ?? ''}]"` : `,${value ?? ''}`;
      }
      buffer += `${line}\n`;
      if (buffer.length >= 1 << 20) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
    if (buffer && !out.write(buffer)) await once(out, 'drain');
  } finally {
    out.end();
    await once(out, 'finish');
  }
  let complete = true;
  for (const list of readers) for (const { r } of list) {
    if (!maps && (await r.head()) !== null) complete = false;
    await r.close();
  }
  return complete ? multiline : null;
}
