// GDELT 2.0 event exports → interchange meetings and pacts. Rows stream in; reports of one
// event (same day, same country pair, same CAMEO root) merge into one event with several
// sources; each source URL becomes a Document that the event cites. Output chunks never split
// a document from the events citing it, because the loader writes one document at a time.
import { z } from 'zod';
import type { Document } from '../../domain/document/schema.js';
import { Event } from '../../domain/event/schema.js';
import { hashOf } from '../../domain/ids.js';
import { Interchange } from '../../domain/interchange/schema.js';
import { cameoToIso2, fipsToIso2 } from '../country-codes/codes.js';
import { dayFromCompact } from '../dates.js';
import { tsvRows } from '../read-rows.js';
import { count, newReport, type ImportChunk, type ImportReport } from '../report.js';
import { CAMEO_MAP, KEPT_ROOTS, type CameoMapping } from './cameo.js';
import { COL, GDELT_COLUMN_COUNT } from './columns.js';

export const GDELT_DATASET = 'GDELT 2.0';
const MAX_IDS_IN_RECORD = 12;

export interface GdeltOptions { files: string[]; chunkSize?: number }

interface Source { url: string; added: string }
interface Aggregate {
  key: string;
  order: number;
  map: CameoMapping;
  code: string;
  date: string;
  countries: [string, string];
  names: [string, string];
  place: string | null;
  placeName: string | null;
  ids: string[];
  reports: number;
  sources: Map<string, Source>;
}

export function importGdelt(opts: GdeltOptions): { report: ImportReport; chunks: AsyncGenerator<ImportChunk> } {
  const report = newReport(GDELT_DATASET);
  return { report, chunks: run(opts, report) };
}

async function* run(opts: GdeltOptions, report: ImportReport): AsyncGenerator<ImportChunk> {
  // Reports of one event can sit anywhere in a file (and in the next file), so aggregates are
  // held until every file is read: memory grows with distinct events, not with rows.
  const events = new Map<string, Aggregate>();
  for (const file of opts.files) {
    for await (const { fields } of tsvRows(file, 'GDELT 2.0 event export')) {
      report.rowsRead++;
      const reason = addRow(fields, events, report);
      if (reason) count(report.rejected, reason);
    }
  }
  report.eventsProduced = events.size;
  yield* chunked([...events.values()], opts.chunkSize ?? 1000);
}

function addRow(f: string[], events: Map<string, Aggregate>, report: ImportReport): string | null {
  if (f.length !== GDELT_COLUMN_COUNT) return `wrong number of columns (${f.length}, expected ${GDELT_COLUMN_COUNT})`;
  const root = f[COL.EventRootCode];
  if (!(KEPT_ROOTS as readonly string[]).includes(root)) return 'CAMEO root code outside 03/04/05';
  const code = f[COL.EventCode];
  const map = CAMEO_MAP[code];
  if (!map) return `CAMEO ${code} skipped (not a meeting or agreement)`;
  let date: string, added: string;
  try {
    date = dayFromCompact(f[COL.SQLDATE]);
    added = dayFromCompact(f[COL.DATEADDED]);
  } catch (err) {
    return `bad date: ${(err as Error).message}`;
  }
  const raw = [f[COL.Actor1CountryCode], f[COL.Actor2CountryCode]];
  if (!raw[0] || !raw[1]) return 'actor without a country code';
  const countries: string[] = [];
  for (const c of raw) {
    const r = cameoToIso2(c);
    if (!r.ok) { count(report.unmapped, r.reason); return r.reason; }
    countries.push(r.code);
  }
  if (countries[0] === countries[1]) return 'both actors from one country';

  let place: string | null = null;
  const geo = f[COL.ActionGeo_CountryCode];
  if (geo) {
    const r = fipsToIso2(geo);
    if (r.ok) place = r.code;
    else count(report.unmapped, r.reason);
  }
  const pair = [...countries].sort() as [string, string];
  const key = [date, pair.join('-'), root].join('|');
  const url = f[COL.SOURCEURL] || `gdelt-event:${f[COL.GLOBALEVENTID]}`;
  const existing = events.get(key);
  if (existing) {
    report.duplicatesMerged++;
    existing.reports++;
    if (existing.ids.length < MAX_IDS_IN_RECORD) existing.ids.push(f[COL.GLOBALEVENTID]);
    if (!existing.sources.has(url)) existing.sources.set(url, { url, added });
    if (map.rank > existing.map.rank) Object.assign(existing, { map, code });
    existing.place ??= place;
    return null;
  }
  const names: [string, string] = countries[0] === pair[0] ? [f[COL.Actor1Name], f[COL.Actor2Name]] : [f[COL.Actor2Name], f[COL.Actor1Name]];
  events.set(key, {
    key, order: events.size, map, code, date, countries: pair, names, place, placeName: place ? f[COL.ActionGeo_FullName].slice(0, 300) || null : null,
    ids: [f[COL.GLOBALEVENTID]], reports: 1, sources: new Map([[url, { url, added }]]),
  });
  return null;
}

/** Groups events that share a source URL (union-find), then packs whole groups into chunks. */
function* chunked(events: Aggregate[], size: number): Generator<ImportChunk> {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstByUrl = new Map<string, number>();
  events.forEach((e, i) => {
    for (const url of e.sources.keys()) {
      const j = firstByUrl.get(url);
      if (j === undefined) firstByUrl.set(url, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Aggregate[]>();
  events.forEach((e, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(e);
    groups.set(root, g);
  });
  let batch: Aggregate[] = [];
  for (const g of groups.values()) {
    batch.push(...g);
    if (batch.length >= size) { yield toChunk(batch); batch = []; }
  }
  if (batch.length) yield toChunk(batch);
}

const documentIdOfUrl = (url: string) => `doc:${hashOf(GDELT_DATASET, url).slice(0, 24)}`;

// The same check the interchange schema applies to source URLs.
const SourceUrl = z.string().url().max(2000);
const validUrl = (url: string): string | null => (SourceUrl.safeParse(url).success ? url : null);

function toChunk(batch: Aggregate[]): ImportChunk {
  const documents = new Map<string, Document>();
  const events: Event[] = [];
  for (const e of batch) {
    const evidence = [];
    for (const s of e.sources.values()) {
      const id = documentIdOfUrl(s.url);
      const url = validUrl(s.url);
      if (!documents.has(id)) {
        documents.set(id, { id, title: s.url.slice(0, 1000), lang: 'en', published: s.added, source: { name: url ? new URL(url).hostname : GDELT_DATASET, url }, curated: false });
      }
      evidence.push({ documentId: id, start: 0, end: 0, rule: `gdelt:cameo-${e.code}` });
    }
    const first = [...e.sources.values()][0];
    const common = {
      id: `${e.map.type}:${hashOf(GDELT_DATASET, e.key).slice(0, 24)}`,
      title: `${e.map.label} (CAMEO ${e.code}): ${e.names[0] || e.countries[0]} – ${e.names[1] || e.countries[1]}`.slice(0, 500),
      date: e.date,
      participants: e.countries.map((code) => ({ type: 'country' as const, code })),
      evidence,
      source: {
        citation: `GDELT 2.0 event ${e.ids[0]}${e.reports > 1 ? ` and ${e.reports - 1} more report${e.reports > 2 ? 's' : ''}` : ''}`,
        url: validUrl(first.url),
        dataset: GDELT_DATASET,
        recordId: e.ids.join(',').slice(0, 200),
      },
      curated: false,
    };
    events.push(e.map.type === 'pact'
      ? { ...common, type: 'pact', kind: 'agreement', status: 'signed', names: [], obligations: [] }
      : { ...common, type: 'meeting', kind: e.map.kind, status: e.map.status, place: e.place, placeName: e.placeName });
  }
  return { interchange: Interchange.parse({ documents: [...documents.values()], events }) };
}
