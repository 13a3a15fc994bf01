// Yen's k-shortest loopless paths over an unweighted graphology graph (hop count). The inner
// search is graphology-shortest-path's bidirectional Dijkstra with removed edges and nodes
// weighted Infinity, so no graph copy is made per spur.
import type { AbstractGraph as Graph } from 'graphology-types';
import { bidirectional } from 'graphology-shortest-path/dijkstra.js';

const keyOf = (path: string[]) => path.join('\u0000');

function shortestAvoiding(graph: Graph, source: string, target: string, removedEdges: Set<string>, removedNodes: Set<string>): string[] | null {
  const blocked = (edge: string) => {
    if (removedEdges.has(edge)) return true;
    return removedNodes.has(graph.source(edge)) || removedNodes.has(graph.target(edge));
  };
  const path = bidirectional(graph, source, target, (edge: string) => (blocked(edge) ? Infinity : 1));
  if (!path) return null;
  // The Dijkstra still walks Infinity-weight edges when nothing else connects: reject those paths.
  for (let i = 0; i + 1 < path.length; i++) if (blocked(graph.edge(path[i], path[i + 1])!)) return null;
  return path;
}

/** Loopless paths from source to target, shortest first (ties broken by node ids), at most
 * maxHops edges each, produced lazily so callers stop when they have enough. */
export function* yenPaths(graph: Graph, source: string, target: string, maxHops = Infinity): Generator<string[]> {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return;
  const first = shortestAvoiding(graph, source, target, new Set(), new Set());
  if (!first || first.length - 1 > maxHops) return;
  const found: string[][] = [first];
  yield first;
  const seen = new Set([keyOf(first)]);
  const candidates: string[][] = [];
  for (;;) {
    const previous = found[found.length - 1];
    for (let i = 0; i + 1 < previous.length; i++) {
      const spur = previous[i];
      const root = previous.slice(0, i + 1);
      const removedEdges = new Set<string>();
      for (const p of found) {
        if (p.length > i + 1 && keyOf(p.slice(0, i + 1)) === keyOf(root)) {
          const e = graph.edge(p[i], p[i + 1]);
          if (e) removedEdges.add(e);
        }
      }
      const removedNodes = new Set(root.slice(0, -1));
      const spurPath = shortestAvoiding(graph, spur, target, removedEdges, removedNodes);
      if (!spurPath) continue;
      const total = [...root.slice(0, -1), ...spurPath];
      const key = keyOf(total);
      if (total.length - 1 <= maxHops && !seen.has(key)) { seen.add(key); candidates.push(total); }
    }
    if (!candidates.length) break;
    candidates.sort((x, y) => x.length - y.length || (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
    const next = candidates.shift()!;
    found.push(next);
    yield next;
  }
}

export function kShortestPaths(graph: Graph, source: string, target: string, k: number, maxHops = Infinity): string[][] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const paths: string[][] = [];
  for (const p of yenPaths(graph, source, target, maxHops)) {
    paths.push(p);
    if (paths.length >= k) break;
  }
  return paths;
}

/** Every shortest path (same minimal hop count), up to limit. */
export function allShortestPaths(graph: Graph, source: string, target: string, maxHops = Infinity, limit = 50): string[][] {
  const paths: string[][] = [];
  // Yen yields paths in length order: stop at the first longer one.
  for (const p of yenPaths(graph, source, target, maxHops)) {
    if ((paths.length && p.length > paths[0].length) || paths.length >= limit) break;
    paths.push(p);
  }
  return paths;
}
