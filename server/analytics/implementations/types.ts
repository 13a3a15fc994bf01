// The contract an analytics back end fulfils. graphology (in process) is the reference; a
// database-side engine (Neo4j GDS, the embedded store's ALGO extension) registers the same way
// and is chosen when available, and every response names the implementation that ran.
import type { RawMetrics, RunOptions, WeightedGraph } from '../types.js';

export interface MetricsImplementation {
  /** Stable id reported in responses, e.g. "graphology". */
  readonly id: string;
  readonly description: string;
  /** Whether it can run now (a database extension may be missing offline). */
  available(): boolean;
  /** Whether it can honour these options (absent: all of them). */
  supports?(options: Pick<RunOptions, 'resolution'>): boolean;
  run(graph: WeightedGraph, options: RunOptions): Promise<RawMetrics>;
}

export class ImplementationUnavailableError extends Error {
  constructor(readonly requested: string, readonly availableIds: string[], reason = 'is not available here') {
    super(`analytics implementation "${requested}" ${reason} (available: ${availableIds.join(', ') || 'none'})`);
    this.name = 'ImplementationUnavailableError';
  }
}
