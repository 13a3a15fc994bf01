// Turns Neo4j property maps back into the exact write rows of graph-store.ts: every field
// present (absent properties are null, since Neo4j does not store nulls), native dates as
// YYYY-MM-DD strings, Integers as numbers.
import neo4j from 'neo4j-driver';
import { StoreError, type WriteBatch } from '../graph-store.js';

type NodeTable = 'countries' | 'organizations' | 'persons' | 'meetings' | 'pacts';
export type NodeKind = 'country' | 'person' | 'organization' | 'meeting' | 'pact' | 'document';

const SPAN = ['date', 'endDate', 'dateFrom', 'dateTo', 'precision', 'dateKnown'];
const SOURCE = ['curated', 'sourceCitation', 'sourceUrl'];

/** The fields of each node row, in the order graph-store.ts declares them. */
export const NODE_FIELDS: Record<NodeKind, readonly string[]> = {
  document: ['id', 'title', 'lang', 'published', 'sourceName', 'sourceUrl', 'curated', 'textLength'],
  country: ['id', 'code', 'nameEn', 'nameJa', 'nameEs', 'region', 'subregion', 'lat', 'lon', 'searchText'],
  organization: ['id', 'code', 'nameEn', 'nameJa', 'nameEs', 'aliases', 'searchText'],
  person: ['id', 'name', 'aliases', 'country', 'searchText'],
  meeting: ['id', 'kind', 'title', 'status', 'place', 'placeName', ...SPAN, ...SOURCE],
  pact: ['id', 'kind', 'title', 'status', 'names', 'obligations', ...SPAN, ...SOURCE],
};

export const TABLE_OF_KIND: Record<Exclude<NodeKind, 'document'>, NodeTable> = {
  country: 'countries', organization: 'organizations', person: 'persons', meeting: 'meetings', pact: 'pacts',
};

/** A Neo4j value as plain JS: Integer → number, temporal → ISO string, lists and maps deeply. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)]));
  return value;
}

export function nodeRow(kind: NodeKind, props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(NODE_FIELDS[kind].map((f) => [f, plain(props[f])]));
}

export function emptyDump(): WriteBatch {
  return { document: null, documents: [], countries: [], organizations: [], persons: [], meetings: [], pacts: [], attended: [], partyTo: [], represents: [], heldIn: [], reportedIn: [], ties: [] };
}

/** Fields a row may leave null. Neo4j stores nothing for a null, so a null anywhere else would
 * silently lose a value (a meeting without dateFrom would drop out of every window). */
const NULLABLE: Record<string, readonly string[]> = {
  documents: ['sourceUrl'],
  countries: ['region', 'subregion', 'lat', 'lon'],
  organizations: [],
  persons: ['country'],
  meetings: ['date', 'endDate', 'place', 'placeName', 'sourceCitation', 'sourceUrl'],
  pacts: ['date', 'endDate', 'sourceCitation', 'sourceUrl'],
  attended: ['role'],
  partyTo: [],
  represents: ['from', 'to'],
  heldIn: [],
  reportedIn: [],
  ties: [],
};

/** Throws a StoreError naming the first row with a missing required value. */
export function checkRows(batch: WriteBatch): void {
  const tables: [string, unknown[]][] = [
    ['documents', [...(batch.document ? [batch.document] : []), ...(batch.documents ?? [])]],
    ...Object.keys(NULLABLE).filter((t) => t !== 'documents').map((t) => [t, batch[t as keyof WriteBatch] as unknown[]] as [string, unknown[]]),
  ];
  for (const [table, rows] of tables) {
    for (const row of rows ?? []) {
      for (const [field, value] of Object.entries(row as Record<string, unknown>)) {
        if ((value === null || value === undefined) && !NULLABLE[table].includes(field)) {
          const r = row as Record<string, unknown>;
          const which = r.id ?? r.event ?? r.meeting ?? r.pact ?? r.person ?? r.a ?? '?';
          throw new StoreError(`${table} row ${String(which)}: ${field} is missing`, 'invalid');
        }
      }
    }
  }
}
