// SVG of the whole current view (cytoscape-svg), for print-quality figures.
import type { ExportFormat } from './context.js';
import { fileStem } from './file-name.js';

export const svgExport: ExportFormat = {
  id: 'svg',
  label: 'SVG vector image',
  group: 'Picture',
  description: 'Vector picture for print and editing',
  run({ cy, state, options, save }) {
    const text = cy.svg({ full: true, scale: 1, bg: options.background === 'white' ? '#ffffff' : undefined });
    save(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${fileStem(state)}.svg`);
  },
};
