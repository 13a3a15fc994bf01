// Flattens node and edge data into typed scalar attributes, the common ground of GraphML,
// GEXF and CSV: names per language become name_en…, lists are joined, keys are snake_case.
import type { Network } from '../domain/network/schema.js';

export type Scalar = string | number | boolean;
export type AttrType = 'boolean' | 'integer' | 'double' | 'string';
export interface Column { key: string; type: AttrType }
export interface FlatElement { id: string; source?: string; target?: string; attrs: Record<string, Scalar> }

/** Lists are joined with this separator: "|" is what graphology-gexf and Gephi split liststrings on. */
export const LIST_SEPARATOR = '|';
const STRUCTURAL = new Set(['id', 'source', 'target']);

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function flatten(data: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(data)) {
    if (STRUCTURAL.has(key) || value === null || value === undefined) continue;
    if (Array.isArray(value)) out[snake(key)] = value.map(String).join(LIST_SEPARATOR);
    else if (typeof value === 'object') {
      const prefix = key === 'names' ? 'name' : snake(key);
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (v !== null && v !== undefined && typeof v !== 'object') out[`${prefix}_${snake(k)}`] = v as Scalar;
    } else if (typeof value === 'number' && !Number.isFinite(value)) continue;
    else out[snake(key)] = value as Scalar;
  }
  return out;
}

/** Columns in first-seen order, each typed by every value it holds (mixed → string). */
export function columnsOf(elements: FlatElement[]): Column[] {
  const types = new Map<string, AttrType>();
  for (const el of elements) for (const [key, v] of Object.entries(el.attrs)) {
    const t: AttrType = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'double') : 'string';
    const prev = types.get(key);
    types.set(key, !prev || prev === t ? t : (prev === 'integer' && t === 'double') || (prev === 'double' && t === 'integer') ? 'double' : 'string');
  }
  return [...types].map(([key, type]) => ({ key, type }));
}

export interface FlatNetwork { nodes: FlatElement[]; edges: FlatElement[]; nodeColumns: Column[]; edgeColumns: Column[] }

export function flattenNetwork(network: Network): FlatNetwork {
  const nodes = network.nodes.map(({ data }) => ({ id: data.id, attrs: flatten(data) }));
  const edges = network.edges.map(({ data }) => ({ id: data.id, source: data.source, target: data.target, attrs: flatten(data) }));
  return { nodes, edges, nodeColumns: columnsOf(nodes), edgeColumns: columnsOf(edges) };
}

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids outright are dropped rather than escaped.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // Attribute values would otherwise have their line breaks normalised to spaces by readers.
    .replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
