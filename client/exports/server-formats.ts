// Graph formats written by the server (/api/export): the same view and filters the screen shows.
import { currentView } from '../api/params.js';
import type { ExportContext, ExportFormat } from './context.js';

function serverExport(format: string, label: string, description: string): ExportFormat {
  return {
    id: format,
    label,
    group: 'Data',
    description,
    run({ api, state }: ExportContext) {
      const { view, params } = currentView(state);
      // The server sends Content-Disposition: attachment, so navigating a hidden link downloads.
      const a = document.createElement('a');
      a.href = api.url('/api/export', { view, format, ...params });
      a.download = '';
      document.body.appendChild(a);
      a.click();
      a.remove();
    },
  };
}

export const graphmlExport = serverExport('graphml', 'GraphML', 'For Gephi, yEd, NetworkX');
export const gexfExport = serverExport('gexf', 'GEXF', 'For Gephi and Gephi Lite (with dates)');
export const cyjsExport = serverExport('cyjs', 'Cytoscape JSON', 'For Cytoscape desktop');
