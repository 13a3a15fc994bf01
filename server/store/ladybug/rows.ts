// Conversions between the port's flat rows and what the engine stores and returns: DATE columns
// come back as JS Dates (UTC midnight) and go in as YYYY-MM-DD text through date().
import type { CountryRow, DocumentRow, MeetingRow, NodeRecord, OrganizationRow, PactRow, PersonRow } from '../graph-store.js';
import type { Row } from './connection.js';
import { KIND_OF_TABLE, type NodeTable } from './tables.js';

export const FIELDS: Record<NodeTable, readonly string[]> = {
  Country: ['id', 'code', 'nameEn', 'nameJa', 'nameEs', 'region', 'subregion', 'lat', 'lon', 'searchText'] satisfies (keyof CountryRow)[],
  Organization: ['id', 'code', 'nameEn', 'nameJa', 'nameEs', 'aliases', 'searchText'] satisfies (keyof OrganizationRow)[],
  Person: ['id', 'name', 'aliases', 'country', 'searchText'] satisfies (keyof PersonRow)[],
  Meeting: ['id', 'kind', 'title', 'status', 'place', 'placeName', 'curated', 'sourceCitation', 'sourceUrl', 'date', 'endDate', 'dateFrom', 'dateTo', 'precision', 'dateKnown'] satisfies (keyof MeetingRow)[],
  Pact: ['id', 'kind', 'title', 'status', 'names', 'obligations', 'curated', 'sourceCitation', 'sourceUrl', 'date', 'endDate', 'dateFrom', 'dateTo', 'precision', 'dateKnown'] satisfies (keyof PactRow)[],
  Document: ['id', 'title', 'lang', 'published', 'sourceName', 'sourceUrl', 'curated', 'textLength'] satisfies (keyof DocumentRow)[],
};

/** A Date from any realm (the native binding's Dates fail `instanceof` inside jest's VM contexts). */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** YYYY-MM-DD of a DATE value (the engine hands DATEs over as UTC-midnight Dates). */
export function dayOf(value: unknown): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return String(value);
}

export const dayOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : dayOf(value));

/** The write row a stored node stands for (engine bookkeeping such as _id and _label dropped). */
export function propsOf(table: NodeTable, node: Row): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const f of FIELDS[table]) {
    const v = node[f];
    props[f] = isDate(v) ? dayOf(v) : v === undefined ? null : v;
  }
  return props;
}

export function nodeRecord(table: NodeTable, node: Row): NodeRecord {
  return { id: String(node.id), kind: KIND_OF_TABLE[table], props: propsOf(table, node) };
}

/** A node value of unknown table (e.g. a participant), by its engine label. */
export function nodeRecordOfValue(node: Row): NodeRecord {
  return nodeRecord(node._label as NodeTable, node);
}

/** Country rows carry lat/lon as text so that 35 and 35.5 share one parameter type. */
export function countryParams(r: CountryRow) {
  return { ...r, lat: r.lat === null ? null : String(r.lat), lon: r.lon === null ? null : String(r.lon) };
}
