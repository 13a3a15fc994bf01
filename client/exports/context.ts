// What an export needs from the running page; each format file receives this and nothing else.
import type { Core } from 'cytoscape';
import type { Api } from '../api/client.js';
import { shownEdges, shownNodes } from '../graph-view/visibility.js';
import type { ViewState } from '../state/view-state.js';
import type { LegendCommunity } from '../graph-view/legend-data.js';
import type { ReportTable } from './report.js';

export interface ExportOptions { scale: number; background: 'white' | 'transparent' }

export interface ExportContext {
  cy: Core;
  api: Api;
  state: ViewState;
  options: ExportOptions;
  labelOf(id: string): string;
  /** The ranking table and metric chart of the Ranking tool, when it has them (for the report). */
  analytics?(): { ranking?: ReportTable; chart?: { title: string; image: string }; communities?: LegendCommunity[] };
  /** Saves a file (a download in the browser). */
  save(blob: Blob, filename: string): void;
}

export interface ExportFormat {
  id: string;
  label: string;
  group: 'Picture' | 'Data' | 'Report';
  description: string;
  run(ctx: ExportContext): Promise<void> | void;
}

export function visibleRows(cy: Core) {
  const nodes = shownNodes(cy).map((n) => ({ ...n.data(), weight: n.data('windowWeight') ?? n.data('weight') }));
  const edges = shownEdges(cy).map((e) => ({ ...e.data(), weight: e.data('windowWeight') ?? e.data('weight') }));
  return { nodes, edges };
}
