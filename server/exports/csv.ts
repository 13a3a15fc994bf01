// Nodes and edges as RFC 4180 CSV (one header row, CRLF, quoted when needed), readable by
// spreadsheets and by Gephi's and Kumu's table importers.
import { stringify } from 'csv-stringify/sync';
import { flattenNetwork, type Column, type FlatElement } from './attributes.js';
import type { ExportFormat } from './format.js';

const rowOf = (fixed: unknown[], el: FlatElement, columns: Column[]) => [...fixed, ...columns.map((c) => el.attrs[c.key] ?? '')];

const toCsv = (header: string[], rows: unknown[][]) => stringify([header, ...rows], { record_delimiter: 'windows', cast: { boolean: (v) => String(v) } });

export const nodesCsv: ExportFormat = {
  id: 'nodes.csv',
  extension: 'nodes.csv',
  contentType: 'text/csv; charset=utf-8; header=present',
  description: 'Nodes table (CSV)',
  write({ network }) {
    const flat = flattenNetwork(network);
    return toCsv(['id', ...flat.nodeColumns.map((c) => c.key)], flat.nodes.map((n) => rowOf([n.id], n, flat.nodeColumns)));
  },
};

export const edgesCsv: ExportFormat = {
  id: 'edges.csv',
  extension: 'edges.csv',
  contentType: 'text/csv; charset=utf-8; header=present',
  description: 'Edges table (CSV)',
  write({ network }) {
    const flat = flattenNetwork(network);
    return toCsv(['id', 'source', 'target', ...flat.edgeColumns.map((c) => c.key)], flat.edges.map((e) => rowOf([e.id, e.source, e.target], e, flat.edgeColumns)));
  },
};
