// Seeded synthetic tie networks for tests and the benchmark: countries in regional blocs that
// meet mostly within their bloc, a few hubs tied to many, weights skewed like event counts.
import { seededRandom } from './seeded-rng.js';
import { networkOf, type Tie } from './test-graphs.fixtures.js';

export interface SyntheticOptions { countries: number; ties: number; blocs: number; seed: number }

export function syntheticTies({ countries, ties, blocs, seed }: SyntheticOptions): Tie[] {
  const rnd = seededRandom(seed);
  const id = (i: number) => `country:${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(65 + (i % 26))}${i >= 676 ? i : ''}`;
  const blocOf = (i: number) => i % blocs;
  // A few hubs (the first 5%) attract ties from everywhere, as great powers do.
  const hubs = Math.max(1, Math.floor(countries * 0.05));
  const seen = new Map<string, Tie>();
  let guard = 0;
  while (seen.size < ties && guard++ < ties * 50) {
    const a = Math.floor(rnd() * countries);
    let b: number;
    const roll = rnd();
    if (roll < 0.2) b = Math.floor(rnd() * hubs);
    else if (roll < 0.85) b = blocOf(a) + blocs * Math.floor(rnd() * Math.ceil(countries / blocs));
    else b = Math.floor(rnd() * countries);
    if (b >= countries || a === b) continue;
    const [x, y] = a < b ? [id(a), id(b)] : [id(b), id(a)];
    const key = `${x}|${y}`;
    const weight = 1 + Math.floor(-Math.log(1 - rnd()) * 3); // exponential-ish event counts
    const tie = seen.get(key);
    if (tie) tie[2] = (tie[2] ?? 1) + weight;
    else seen.set(key, [x, y, weight]);
  }
  return [...seen.values()];
}

export const syntheticNetwork = (o: SyntheticOptions) => networkOf(syntheticTies(o));
