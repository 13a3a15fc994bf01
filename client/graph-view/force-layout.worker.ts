// Force-directed layout (fcose) off the main thread: a headless Cytoscape in a Web Worker, so a
// 2,000-node layout never freezes the tab. Reports its phase so the page can show progress.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutRequest, type LayoutMessage } from './force-layout-options.js';

cytoscape.use(fcose);

const post = (message: LayoutMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  try {
    const started = performance.now();
    post({ type: 'progress', runId: request.runId, phase: 'spectral', fraction: 0.1 });
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: [
        ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: n.position })),
        ...request.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    for (const options of fcoseOptions(request)) {
      cy.layout(options as unknown as cytoscape.LayoutOptions).run();
      post({ type: 'progress', runId: request.runId, phase: options.quality === 'draft' ? 'spectral' : 'refining', fraction: options.quality === 'draft' ? 0.5 : 0.95 });
    }
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    post({ type: 'done', runId: request.runId, positions, ms: Math.round(performance.now() - started) });
    cy.destroy();
  } catch (error) {
    post({ type: 'error', runId: request.runId, message: error instanceof Error ? error.message : String(error) });
  }
};
