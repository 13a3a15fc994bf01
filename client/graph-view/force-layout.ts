// Runs fcose in a Web Worker and hands back positions; a newer run supersedes an older one.
// Falls back to the main thread (after yielding a frame) when workers are unavailable.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutMessage, type LayoutRequest } from './force-layout-options.js';

cytoscape.use(fcose);

export type Progress = (phase: string, fraction: number) => void;
export type Positions = Record<string, { x: number; y: number }>;

export class ForceLayoutRunner {
  private worker: Worker | undefined;
  private runId = 0;
  private lastRequest: LayoutRequest | undefined;
  private pending = new Map<number, { resolve: (p: Positions | null) => void; reject: (e: Error) => void; progress: Progress }>();

  constructor() {
    try {
      this.worker = new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<LayoutMessage>) => this.receive(e.data);
      this.worker.onerror = () => this.failWorker();
    } catch {
      this.worker = undefined;
    }
  }

  /** Resolves with positions, or null when a newer run replaced this one. */
  run(request: Omit<LayoutRequest, 'runId'>, progress: Progress): Promise<Positions | null> {
    const runId = ++this.runId;
    for (const [id, p] of this.pending) if (id !== runId) p.resolve(null);
    this.pending.clear();
    return new Promise((resolve, reject) => {
      this.pending.set(runId, { resolve, reject, progress });
      this.lastRequest = { ...request, runId };
      if (this.worker) this.worker.postMessage({ ...request, runId });
      else this.runHere({ ...request, runId });
    });
  }

  private receive(message: LayoutMessage) {
    const entry = this.pending.get(message.runId);
    if (!entry) return;
    if (message.type === 'progress') entry.progress(message.phase, message.fraction);
    else if (message.type === 'done') {
      this.pending.delete(message.runId);
      entry.resolve(message.positions);
    } else {
      this.pending.delete(message.runId);
      entry.reject(new Error(`layout failed: ${message.message}`));
    }
  }

  private failWorker() {
    // A worker that cannot start (e.g. blocked by policy): finish pending runs here instead.
    this.worker?.terminate();
    this.worker = undefined;
    if (this.lastRequest && this.pending.has(this.lastRequest.runId)) this.runHere(this.lastRequest);
  }

  private runHere(request: LayoutRequest) {
    setTimeout(() => {
      const entry = this.pending.get(request.runId);
      if (!entry) return;
      entry.progress('computing on the page', 0.2);
      const cy = cytoscape({ headless: true, styleEnabled: false, elements: [...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: n.position })), ...request.edges.map((e) => ({ group: 'edges' as const, data: e }))] });
      for (const options of fcoseOptions(request)) cy.layout(options as unknown as cytoscape.LayoutOptions).run();
      const positions: Positions = {};
      cy.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
      cy.destroy();
      this.receive({ type: 'done', runId: request.runId, positions, ms: 0 });
    }, 30);
  }
}
