// Every export the menu offers. Adding a format: one file in this folder and one line here.
import type { ExportFormat } from './context.js';
import { edgesCsvExport, nodesCsvExport } from './csv-export.js';
import { pngExport } from './png.js';
import { reportExport } from './report-export.js';
import { cyjsExport, gexfExport, graphmlExport } from './server-formats.js';
import { svgExport } from './svg.js';

export const EXPORTS: readonly ExportFormat[] = [
  pngExport,
  svgExport,
  nodesCsvExport,
  edgesCsvExport,
  graphmlExport,
  gexfExport,
  cyjsExport,
  reportExport,
];
