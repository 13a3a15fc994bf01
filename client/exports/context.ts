// What an export needs from the running page; each format file receives this and nothing else.
import type { Core } from 'cytoscape';
import type { Api } from '../api/client.js';
import { shownEdges, shownNodes } from '../graph-view/visibility.js';
import type { ViewState } from '../state/view-state.js';

export interface ExportOptions { scale: number; background: 'white' | 'transparent' }

export interface ExportContext {
  cy: Core;
  api: Api;
  state: ViewState;
  options: ExportOptions;
  labelOf(id: string): string;
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
