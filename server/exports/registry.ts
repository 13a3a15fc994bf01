// Every export format, by id. Adding a format takes one file and one line here.
import { cyjs } from './cyjs.js';
import { edgesCsv, nodesCsv } from './csv.js';
import type { ExportFormat } from './format.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { interchangeJson } from './interchange-json.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [graphml, gexf, cyjs, nodesCsv, edgesCsv, interchangeJson];
export const EXPORT_FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id) as [string, ...string[]];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/** e.g. entente-network-2024-01-01_2024-12-31.graphml */
export function exportFileName(view: string, window: { from?: string | null; to?: string | null }, format: ExportFormat): string {
  const part = (d?: string | null) => (d ? d.replace(/[^0-9A-Za-z-]/g, '') : 'all');
  return `entente-${view}-${part(window.from)}_${part(window.to)}.${format.extension}`;
}
