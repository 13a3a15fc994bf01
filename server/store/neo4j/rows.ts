// Turns Neo4j property maps back into the exact write rows of graph-store.ts: every field
// present (absent properties are null, since Neo4j does not store nulls), native dates as
// YYYY-MM-DD strings, Integers as numbers.
import neo4j from 'neo4j-driver';
import type { WriteBatch } from '../graph-store.js';

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
