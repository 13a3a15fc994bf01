// Keyboard on the focused graph: arrows pan, + and - zoom, 0 fits, Escape clears the selection.
import type { GraphController } from './controller.js';

const PAN: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };

export function attachGraphKeys(el: HTMLElement, graph: GraphController, onEscape: () => void): void {
  el.addEventListener('keydown', (e) => {
    const cy = graph.cy;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (e.key === 'Escape') onEscape();
    else if (PAN[e.key]) cy.panBy({ x: PAN[e.key][0], y: PAN[e.key][1] });
    else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (e.key === '0') graph.fit();
    else return;
    e.preventDefault();
  });
}
