// Seeded randomness for the synthetic world: a xoroshiro128+ stream per purpose (pure-rand),
// so changing how many meetings are drawn never changes the persons, and the same seed always
// yields the same world.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { hashOf } from '../domain/ids.js';

export interface Rng { next(): number; int(from: number, to: number): number; chance(p: number): boolean }

export function rngFor(seed: number, purpose: string): Rng {
  const g = xoroshiro128plus(parseInt(hashOf(String(seed), purpose).slice(0, 8), 16) | 0);
  const next = () => uniformFloat64(g);
  return { next, int: (from, to) => from + Math.floor(next() * (to - from + 1)), chance: (p) => next() < p };
}

/** Walker's alias method: O(1) draws from a fixed discrete distribution. */
export class AliasTable {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;
  constructor(weights: number[]) {
    const n = weights.length;
    if (!n) throw new Error('AliasTable needs at least one weight');
    const total = weights.reduce((a, b) => a + b, 0);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((w) => (w * n) / total);
    const small: number[] = [], large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length && large.length) {
      const s = small.pop()!, l = large.pop()!;
      this.prob[s] = scaled[s];
      this.alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      (scaled[l] < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.prob[i] = 1;
  }
  draw(rng: Rng): number {
    const i = Math.floor(rng.next() * this.prob.length);
    return rng.next() < this.prob[i] ? i : this.alias[i];
  }
}

/** Zipf weights 1/rank^s for ranks 1..n. */
export const zipfWeights = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));

/** Fisher–Yates with the given stream. */
export function shuffle<T>(items: T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) { const j = rng.int(0, i); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}
