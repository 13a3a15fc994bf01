// Small networks with known answers for the analytics tests: a star, a path, two cliques
// joined by a bridge. Built as Cytoscape-shaped Networks, the shape the API serves.
import type { Network } from '../domain/network/schema.js';

export type Tie = [string, string, number?];

export function networkOf(ties: Tie[], window: Network['window'] = { from: null, to: null }): Network {
  const ids = [...new Set(ties.flatMap(([a, b]) => [a, b]))].sort();
  return {
    nodes: ids.map((id) => ({ data: { id, kind: 'country' as const, label: id.replace(/^country:/, ''), weight: 0 } })),
    edges: ties.map(([a, b, w = 1], i) => ({
      data: { id: `met:${a}|${b}:${i}`, source: a, target: b, relation: 'met' as const, kinds: [], weight: w, meetings: w, pacts: 0, eventIds: [] },
    })),
    window,
  };
}

const c = (n: number) => `country:${String.fromCharCode(65 + Math.floor(n / 26))}${String.fromCharCode(65 + (n % 26))}`;

/** Centre c(0) tied to n - 1 leaves. */
export const star = (n: number): Tie[] => Array.from({ length: n - 1 }, (_, i) => [c(0), c(i + 1)]);

/** c(0) - c(1) - … - c(n-1). */
export const path = (n: number): Tie[] => Array.from({ length: n - 1 }, (_, i) => [c(i), c(i + 1)]);

/** Two k-cliques, c(0..k-1) and c(k..2k-1), joined by one bridge c(k-1) — c(k). */
export function twoCliquesWithBridge(k: number): Tie[] {
  const ties: Tie[] = [];
  for (const offset of [0, k]) {
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) ties.push([c(offset + i), c(offset + j)]);
  }
  ties.push([c(k - 1), c(k)]);
  return ties;
}

/** Every pair of the given node numbers tied once. */
export const clique = (ns: number[]): Tie[] => ns.flatMap((a, i) => ns.slice(i + 1).map((b) => [c(a), c(b)] as Tie));

export const nodeName = c;
