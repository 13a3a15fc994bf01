// CSV of the nodes and of the ties currently visible (after window, region and filters).
import type { ExportFormat } from './context.js';
import { visibleRows } from './context.js';
import { EDGE_COLUMNS, NODE_COLUMNS, toCsv } from './csv.js';
import { fileStem } from './file-name.js';

export const nodesCsvExport: ExportFormat = {
  id: 'nodes.csv',
  label: 'Visible nodes (CSV)',
  group: 'Data',
  description: 'One row per visible country, person or organisation',
  run({ cy, state, save }) {
    save(new Blob([toCsv(NODE_COLUMNS, visibleRows(cy).nodes)], { type: 'text/csv;charset=utf-8' }), `${fileStem(state)}-nodes.csv`);
  },
};

export const edgesCsvExport: ExportFormat = {
  id: 'edges.csv',
  label: 'Visible ties (CSV)',
  group: 'Data',
  description: 'One row per visible tie',
  run({ cy, state, save }) {
    save(new Blob([toCsv(EDGE_COLUMNS, visibleRows(cy).edges)], { type: 'text/csv;charset=utf-8' }), `${fileStem(state)}-edges.csv`);
  },
};
