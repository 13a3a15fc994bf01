// PNG of the whole current view at the chosen scale and background.
import { shownCollection } from '../graph-view/visibility.js';
import type { ExportFormat } from './context.js';
import { fileStem } from './file-name.js';

export const pngExport: ExportFormat = {
  id: 'png',
  label: 'PNG image',
  group: 'Picture',
  description: 'Raster picture of the current view',
  async run({ cy, state, options, save }) {
    // Browsers cap canvas size; a huge graph at 4× falls back to a scale that fits.
    const box = shownCollection(cy).boundingBox({});
    const maxSide = 16_000;
    const scale = Math.max(0.5, Math.min(options.scale, maxSide / Math.max(1, box.w * cy.zoom()), maxSide / Math.max(1, box.h * cy.zoom())));
    const blob = await cy.png({ output: 'blob-promise', full: true, scale, bg: options.background === 'white' ? '#ffffff' : undefined });
    save(blob, `${fileStem(state)}.png`);
  },
};
