// The analytics implementations, in order of preference: the database's own algorithms when the
// store has them (Neo4j GDS), then graphology, the always-available in-process fallback.
import type { GraphStore } from '../../store/graph-store.js';
import { graphologyImplementation } from './graphology.js';
import { storeImplementation } from './store-algorithms.js';
import { ImplementationUnavailableError, type MetricsImplementation } from './types.js';

export const IMPLEMENTATIONS: readonly MetricsImplementation[] = [graphologyImplementation];

/** The store's algorithms (when it has any) ahead of the in-process ones. */
export async function implementationsFor(store: Pick<GraphStore, 'algorithms'>): Promise<readonly MetricsImplementation[]> {
  const own = await store.algorithms().catch(() => null);
  return own ? [storeImplementation(own), ...IMPLEMENTATIONS] : IMPLEMENTATIONS;
}

/** The requested implementation, or the first available one that supports the options. */
export function pickImplementation(requested?: string, registry: readonly MetricsImplementation[] = IMPLEMENTATIONS, options: { resolution: number } = { resolution: 1 }): MetricsImplementation {
  const available = registry.filter((i) => i.available());
  if (requested) {
    const found = available.find((i) => i.id === requested);
    if (!found) throw new ImplementationUnavailableError(requested, available.map((i) => i.id));
    if (found.supports && !found.supports(options)) throw new ImplementationUnavailableError(requested, available.filter((i) => !i.supports || i.supports(options)).map((i) => i.id), `cannot run with resolution ${options.resolution}`);
    return found;
  }
  const fitting = available.filter((i) => !i.supports || i.supports(options));
  if (!fitting.length) throw new ImplementationUnavailableError('any', []);
  return fitting[0];
}
