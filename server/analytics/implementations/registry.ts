// The list of analytics implementations, in order of preference. Adding one (Neo4j GDS when
// the server has the plugin, the embedded store's ALGO extension when it is installed) takes one
// file implementing MetricsImplementation and one line here; graphology stays last as the
// always-available fallback.
import { graphologyImplementation } from './graphology.js';
import { ImplementationUnavailableError, type MetricsImplementation } from './types.js';

export const IMPLEMENTATIONS: readonly MetricsImplementation[] = [graphologyImplementation];

/** The requested implementation, or the first available one. */
export function pickImplementation(requested?: string, registry: readonly MetricsImplementation[] = IMPLEMENTATIONS): MetricsImplementation {
  const available = registry.filter((i) => i.available());
  if (requested) {
    const found = available.find((i) => i.id === requested);
    if (!found) throw new ImplementationUnavailableError(requested, available.map((i) => i.id));
    return found;
  }
  if (!available.length) throw new ImplementationUnavailableError('any', []);
  return available[0];
}
