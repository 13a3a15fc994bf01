// A seeded source of floats in [0, 1) for Louvain, so the same graph and seed always give the
// same communities (Math.random would relabel blocs on every request).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export const DEFAULT_SEED = 42;

export function seededRandom(seed: number): () => number {
  const generator = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(generator);
}
