// Reading the CSV files `entente generate` writes (server/synthetic/csv.ts), shared by the bulk
// loaders of both stores: manifest.json (each file's columns and row count) and a record reader
// fast enough for millions of rows.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from './graph-store.js';

/** What manifest.json says of one file (server/synthetic/csv.ts writes it). */
export interface CsvTable { file: string; from?: string; to?: string; columns: { name: string; type: string }[]; rows: number }
export interface CsvManifestLike { tables: Record<string, CsvTable> }

/** Checks manifest.json exists, parses, and names only known tables (`known`). */

export function readCsvManifest(csvDir: string, known: readonly string[]): CsvManifestLike {
  const file = path.join(csvDir, 'manifest.json');
  if (!existsSync(file)) throw new StoreError(`bulk load: ${file} is missing; point at the csv/ directory \`entente generate\` writes`, 'invalid');
  let m: CsvManifestLike;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as CsvManifestLike;
  } catch (err) {
    throw new StoreError(`bulk load: ${file} is not valid JSON: ${(err as Error).message}`, 'invalid', { cause: err });
  }
  if (!m || typeof m.tables !== 'object' || m.tables === null) throw new StoreError(`bulk load: ${file} has no "tables"`, 'invalid');
  for (const [name, t] of Object.entries(m.tables)) {
    if (!known.includes(name)) throw new StoreError(`bulk load: ${file} names a table "${name}" this store does not know (known: ${known.join(', ')})`, 'invalid');
    if (!t || typeof t.file !== 'string' || !Array.isArray(t.columns) || !t.columns.every((c) => typeof c?.name === 'string')) throw new StoreError(`bulk load: ${file}: table "${name}" needs "file" and "columns" with names`, 'invalid');
    if (!existsSync(path.join(csvDir, t.file))) throw new StoreError(`bulk load: ${path.join(csvDir, t.file)} (table "${name}") is missing`, 'invalid');
  }
  return m;
}

// ---- CSV reading ------------------------------------------------------------------------------------
// The files hold millions of rows: records are cut at newlines outside quotes (a running count
// of quote characters) rather than run through a general CSV parser, which is several times
// slower here, and handed out a chunk at a time so that reading costs few promises.

export class RecordReader {
  private readonly chunks: AsyncIterator<string | Buffer>;
  private records: string[] = [];
  private i = 0;
  private rest = '';
  private pending = '';
  private quotes = 0;
  private done = false;

  constructor(file: string, private skipHeader: boolean) {
    this.chunks = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })[Symbol.asyncIterator]();
  }

  /** The current record, or null at the end of the file. */
  async head(): Promise<string | null> {
    for (let rec = this.peek(); ; rec = this.peek()) {
      if (rec !== undefined) return rec;
      await this.fill();
    }
  }

  /** The current record; null at the end of the file; undefined when fill() must run first. */
  peek(): string | null | undefined {
    if (this.i < this.records.length) return this.records[this.i];
    return this.done ? null : undefined;
  }

  take(): void {
    this.i++;
  }

  async close(): Promise<void> {
    await this.chunks.return?.();
  }

  async fill(): Promise<void> {
    this.records = [];
    this.i = 0;
    const next = await this.chunks.next();
    let text: string;
    if (next.done) {
      this.done = true;
      text = this.rest ? `${this.rest}\n` : '';
    } else text = this.rest + (next.value as string);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      let line = text.slice(start, nl);
      start = nl + 1;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      for (let q = line.indexOf('"'); q >= 0; q = line.indexOf('"', q + 1)) this.quotes++;
      this.pending = this.pending ? `${this.pending}\n${line}` : line;
      if (this.quotes % 2 === 0) {
        if (this.skipHeader) this.skipHeader = false;
        else if (this.pending !== '') this.records.push(this.pending);
        this.pending = '';
        this.quotes = 0;
      }
    }
    this.rest = text.slice(start);
  }
}

/** The data rows of a CSV file (header skipped) split into fields, a chunk of rows at a time:
 * one promise per chunk rather than per row. */
export async function* csvRowChunks(file: string): AsyncGenerator<string[][]> {
  for await (const records of csvRecordChunks(file, true)) yield records.map(splitCsv);
}

/** The records of a CSV file, unsplit, a chunk at a time (for callers with a faster split). */
export async function* csvRecordChunks(file: string, skipHeader: boolean): AsyncGenerator<string[]> {
  const reader = new RecordReader(file, skipHeader);
  for (;;) {
    await reader.fill();
    const records: string[] = [];
    for (let rec = reader.peek(); typeof rec === 'string'; rec = reader.peek()) { reader.take(); records.push(rec); }
    if (records.length) yield records;
    if (reader.peek() === null) return;
  }
}

/** Every field of one CSV record (RFC 4180 quoting). */
export function splitCsv(rec: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < rec.length; i++) {
    const ch = rec[i];
    if (quoted) {
      if (ch === '"') { if (rec[i + 1] === '"') { field += '"'; i++; } else quoted = false; }
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(field); field = ''; }
    else field += ch;
  }
  out.push(field);
  return out;
}

/** Field i (0 or 1 in practice) of a record whose leading fields are plain ids; a record with
 * quotes goes through the full split. */
export function fieldAt(rec: string, i: number): string {
  if (rec.indexOf('"') >= 0) return splitCsv(rec)[i] ?? '';
  let start = 0;
  for (let k = 0; k < i; k++) {
    const comma = rec.indexOf(',', start);
    if (comma < 0) return '';
    start = comma + 1;
  }
  const end = rec.indexOf(',', start);
  return end < 0 ? rec.slice(start) : rec.slice(start, end);
}
