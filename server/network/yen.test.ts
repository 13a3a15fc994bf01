import { UndirectedGraph } from 'graphology';
import { allShortestPaths, kShortestPaths } from './yen.js';

function graphOf(edges: [string, string][]): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const [a, b] of edges) { g.mergeNode(a); g.mergeNode(b); g.addUndirectedEdge(a, b); }
  return g;
}

// A ladder: A–B–C–D along the top, A–E–F–D along the bottom, B–E and C–F as rungs.
const ladder = graphOf([['A', 'B'], ['B', 'C'], ['C', 'D'], ['A', 'E'], ['E', 'F'], ['F', 'D'], ['B', 'E'], ['C', 'F']]);

describe("Yen's k shortest paths", () => {
  test('returns loopless paths in non-decreasing length, without repeats', () => {
    const paths = kShortestPaths(ladder, 'A', 'D', 10);
    expect(paths[0]).toHaveLength(4);
    expect(paths.slice(0, 2).map((p) => p.join(''))).toEqual(['ABCD', 'AEFD']);
    for (let i = 1; i < paths.length; i++) expect(paths[i].length).toBeGreaterThanOrEqual(paths[i - 1].length);
    expect(new Set(paths.map((p) => p.join(''))).size).toBe(paths.length);
    for (const p of paths) expect(new Set(p).size).toBe(p.length);
    for (const p of paths) for (let i = 0; i + 1 < p.length; i++) expect(ladder.hasEdge(p[i], p[i + 1])).toBe(true);
  });

  test('finds every simple path of the ladder (8 of them) and stops', () => {
    const paths = kShortestPaths(ladder, 'A', 'D', 10).map((p) => p.join(''));
    expect(paths.sort()).toEqual(['ABCD', 'ABCFD', 'ABEFCD', 'ABEFD', 'AEBCD', 'AEBCFD', 'AEFCD', 'AEFD']);
  });

  test('respects k and maxHops', () => {
    expect(kShortestPaths(ladder, 'A', 'D', 3)).toHaveLength(3);
    expect(kShortestPaths(ladder, 'A', 'D', 10, 3).map((p) => p.join('')).sort()).toEqual(['ABCD', 'AEFD']);
    expect(kShortestPaths(ladder, 'A', 'D', 10, 2)).toEqual([]);
  });

  test('all shortest paths are exactly the minimal ones', () => {
    expect(allShortestPaths(ladder, 'A', 'D').map((p) => p.join('')).sort()).toEqual(['ABCD', 'AEFD']);
  });

  test('disconnected or unknown endpoints give no path', () => {
    const g = graphOf([['A', 'B'], ['C', 'D']]);
    expect(kShortestPaths(g, 'A', 'D', 3)).toEqual([]);
    expect(kShortestPaths(g, 'A', 'Z', 3)).toEqual([]);
    expect(() => kShortestPaths(g, 'A', 'B', 0)).toThrow(RangeError);
  });
});
