// What an import did: rows read, events produced, duplicates merged, records rejected and codes
// left unmapped, each grouped by reason. Importers fill one in while their chunks are consumed.
import type { Summary } from '../cli/progress.js';
import type { Interchange } from '../domain/interchange/schema.js';

export interface ImportReport {
  dataset: string;
  rowsRead: number;
  eventsProduced: number;
  duplicatesMerged: number;
  /** Records that produced no event, by reason ("fewer than two mappable members", …). */
  rejected: Map<string, number>;
  /** Codes that could not be converted, by code, even where the record survived without them. */
  unmapped: Map<string, number>;
}

/** One unit of importer output: a valid interchange document plus what the format cannot hold yet. */
export interface ImportChunk {
  interchange: Interchange;
  /** Per-pact membership spells (ATOP): pact id → members with their own entry and exit. */
  memberships?: Record<string, Membership[]>;
}

export interface Membership { code: string | null; sourceCode: string; from: string | null; to: string | null; phase: number }

export function newReport(dataset: string): ImportReport {
  return { dataset, rowsRead: 0, eventsProduced: 0, duplicatesMerged: 0, rejected: new Map(), unmapped: new Map() };
}

export function count(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, n]) => ({ reason, count: n }));

/** The report in the shape the CLI's formatSummary prints. */
export function toSummary(r: ImportReport, written = r.eventsProduced): Summary {
  return { read: r.rowsRead, written, duplicates: r.duplicatesMerged, rejected: byCount(r.rejected) };
}

export function formatUnmapped(r: ImportReport, limit = 20): string {
  const rows = byCount(r.unmapped);
  if (!rows.length) return 'unmapped codes: none';
  const shown = rows.slice(0, limit).map((x) => `  ${x.count}× ${x.reason}`);
  return [`unmapped codes (${rows.reduce((a, x) => a + x.count, 0)} occurrences, ${rows.length} codes):`, ...shown, ...(rows.length > limit ? [`  … and ${rows.length - limit} more codes`] : [])].join('\n');
}

/** Splits a list into chunks of at most size items. */
export function* chunksOf<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
