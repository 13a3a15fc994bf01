// Cytoscape JSON (.cyjs), as Cytoscape desktop imports it: { data, elements: { nodes, edges } },
// with the same flattened, typed scalar attributes as the other formats.
import { flatten } from './attributes.js';
import type { ExportFormat } from './format.js';

export const cyjs: ExportFormat = {
  id: 'cyjs',
  extension: 'cyjs',
  contentType: 'application/json; charset=utf-8',
  description: 'Cytoscape JSON (Cytoscape desktop, cytoscape.js)',
  write({ view, network }) {
    const doc = {
      format_version: '1.0',
      generated_by: 'entente',
      target_cytoscapejs_version: '~3.0',
      data: { name: `entente-${view}`, view, window_from: network.window.from ?? null, window_to: network.window.to ?? null },
      elements: {
        nodes: network.nodes.map(({ data }) => ({ data: { id: data.id, name: data.label, ...flatten(data) } })),
        edges: network.edges.map(({ data }) => ({ data: { id: data.id, source: data.source, target: data.target, interaction: data.relation, ...flatten(data) } })),
      },
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  },
};
