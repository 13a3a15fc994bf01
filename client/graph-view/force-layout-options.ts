// fcose settings by graph size, shared by the worker and the main-thread fallback.
export interface LayoutRequest {
  runId: number;
  nodes: { id: string; size: number; position?: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
  /** Keep current positions as the start (incremental) instead of starting afresh. */
  incremental: boolean;
}

export type LayoutMessage =
  | { type: 'progress'; runId: number; phase: 'spectral' | 'refining'; fraction: number }
  | { type: 'done'; runId: number; positions: Record<string, { x: number; y: number }>; ms: number }
  | { type: 'error'; runId: number; message: string };

/** Above this many nodes only the spectral (draft) pass runs: the force pass grows too slow. */
export const REFINE_LIMIT = 700;

export function fcoseOptions(request: Pick<LayoutRequest, 'nodes' | 'incremental'>): Record<string, unknown>[] {
  const common = {
    name: 'fcose',
    animate: false,
    fit: false,
    // Keep apart nodes drawn with their activity size.
    nodeRepulsion: () => 30000,
    idealEdgeLength: () => 140,
    nodeSeparation: 120,
    gravity: 0.2,
    packComponents: false,
  };
  const large = request.nodes.length > REFINE_LIMIT;
  if (large) return [{ ...common, quality: 'draft', randomize: true }];
  if (request.incremental) return [{ ...common, quality: 'proof', randomize: false, numIter: 800 }];
  return [{ ...common, quality: 'default', randomize: true }];
}
