// Writes a synthetic world as one CSV file per node and edge table, for the store's bulk COPY,
// plus manifest.json naming each file's columns, types and row count. Columns are the WriteBatch
// row fields (server/store/graph-store.ts) in the column order of the embedded store's tables
// (cypher/ladybug/schema.cypher), because COPY … FROM a CSV file maps columns by position.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { WriteBatch } from '../store/graph-store.js';

type Column = [name: string, type: 'string' | 'string[]' | 'number' | 'boolean' | 'date'];

/** Table name → its source rows in a batch and its columns. attended is split by the kind of
 * entity because a relationship file has one node table at each end. */
export const TABLES: Record<string, { rows: (b: WriteBatch) => object[]; from?: string; to?: string; columns: Column[] }> = {
  countries: { rows: (b) => b.countries, columns: [['id', 'string'], ['code', 'string'], ['nameEn', 'string'], ['nameJa', 'string'], ['nameEs', 'string'], ['region', 'string'], ['subregion', 'string'], ['lat', 'number'], ['lon', 'number'], ['searchText', 'string']] },
  persons: { rows: (b) => b.persons, columns: [['id', 'string'], ['name', 'string'], ['aliases', 'string[]'], ['country', 'string'], ['searchText', 'string']] },
  meetings: { rows: (b) => b.meetings, columns: [['id', 'string'], ['kind', 'string'], ['title', 'string'], ['status', 'string'], ['place', 'string'], ['placeName', 'string'], ['curated', 'boolean'], ['sourceCitation', 'string'], ['sourceUrl', 'string'], ['date', 'string'], ['endDate', 'string'], ['dateFrom', 'date'], ['dateTo', 'date'], ['precision', 'string'], ['dateKnown', 'boolean']] },
  pacts: { rows: (b) => b.pacts, columns: [['id', 'string'], ['kind', 'string'], ['title', 'string'], ['status', 'string'], ['names', 'string[]'], ['obligations', 'string[]'], ['curated', 'boolean'], ['sourceCitation', 'string'], ['sourceUrl', 'string'], ['date', 'string'], ['endDate', 'string'], ['dateFrom', 'date'], ['dateTo', 'date'], ['precision', 'string'], ['dateKnown', 'boolean']] },
  attended_country: { rows: (b) => b.attended.filter((r) => r.entity.startsWith('country:')), from: 'countries', to: 'meetings', columns: [['entity', 'string'], ['meeting', 'string'], ['role', 'string']] },
  attended_person: { rows: (b) => b.attended.filter((r) => r.entity.startsWith('person:')), from: 'persons', to: 'meetings', columns: [['entity', 'string'], ['meeting', 'string'], ['role', 'string']] },
  party_to: { rows: (b) => b.partyTo, from: 'countries', to: 'pacts', columns: [['entity', 'string'], ['pact', 'string']] },
  represents: { rows: (b) => b.represents, from: 'persons', to: 'countries', columns: [['person', 'string'], ['country', 'string'], ['role', 'string'], ['from', 'string'], ['to', 'string']] },
  held_in: { rows: (b) => b.heldIn, from: 'meetings', to: 'countries', columns: [['meeting', 'string'], ['country', 'string']] },
  ties: { rows: (b) => b.ties, from: 'countries', to: 'countries', columns: [['a', 'string'], ['b', 'string'], ['event', 'string'], ['relation', 'string'], ['kind', 'string'], ['dateFrom', 'date'], ['dateTo', 'date']] },
};

// Lists use the embedded store's list literal ([a,b]); synthetic values never contain commas or brackets.
const cell = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? `[${v.join(',')}]` : v);

export interface CsvManifest {
  generator: string;
  options: Record<string, unknown>;
  format: { header: true; delimiter: ','; quote: '"'; nulls: 'empty field'; lists: '[a,b]'; note: string };
  tables: Record<string, { file: string; from?: string; to?: string; columns: { name: string; type: string }[]; rows: number }>;
}

export async function writeWorldCsv(dir: string, batches: Iterable<WriteBatch>, options: Record<string, unknown>, onBatch?: (b: WriteBatch) => void): Promise<CsvManifest> {
  await mkdir(dir, { recursive: true });
  const streams = new Map<string, WriteStream>();
  const counts = new Map<string, number>();
  for (const [name, t] of Object.entries(TABLES)) {
    const s = createWriteStream(path.join(dir, `${name}.csv`));
    s.write(stringify([t.columns.map(([c]) => c)]));
    streams.set(name, s);
    counts.set(name, 0);
  }
  for (const batch of batches) {
    for (const [name, t] of Object.entries(TABLES)) {
      const rows = t.rows(batch);
      if (!rows.length) continue;
      const text = stringify(rows.map((r) => t.columns.map(([c]) => cell((r as Record<string, unknown>)[c]))), { cast: { boolean: (v) => (v ? 'true' : 'false') } });
      counts.set(name, counts.get(name)! + rows.length);
      const s = streams.get(name)!;
      if (!s.write(text)) await once(s, 'drain');
    }
    onBatch?.(batch);
  }
  await Promise.all([...streams.values()].map(async (s) => { s.end(); await once(s, 'finish'); }));
  const manifest: CsvManifest = {
    generator: 'entente generate',
    options,
    format: { header: true, delimiter: ',', quote: '"', nulls: 'empty field', lists: '[a,b]', note: 'searchText holds names separated by newlines inside a quoted field; edge files name node ids (country:US, person:…, meeting:…) in their first two columns' },
    tables: Object.fromEntries(Object.entries(TABLES).map(([name, t]) => [name, { file: `${name}.csv`, ...(t.from ? { from: t.from, to: t.to } : {}), columns: t.columns.map(([n, type]) => ({ name: n, type })), rows: counts.get(name)! }])),
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}
