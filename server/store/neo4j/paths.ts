// Every shortest path between two actors as distinct actor sequences. allShortestPaths() (and
// GQL ALL SHORTEST) enumerate one path per combination of parallel TIE edges, one per event, so
// their cost multiplies as the data grows. Here: the length from one shortestPath() (the
// database's own pattern), then breadth-first layers from both ends to the middle of that length
// (one query a layer, each reading the frontier's ties once), then an ordered walk.
import type { Record as Neo4jRecord } from 'neo4j-driver';

export type Read = (name: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

interface Reached { depth: number; parents: string[] }

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** At most `limit` sequences, in lexicographic order. `params` carries the tie filters. */
export async function allShortestPaths(read: Read, source: string, target: string, params: Record<string, unknown>, limit: number): Promise<string[][]> {
  const [one] = await read('shortest-paths', { ...params, source, target });
  if (!one) return [];
  const hops = (one.get('ids') as string[]).length - 1;
  if (hops === 1) return [[source, target]];
  const half = Math.ceil(hops / 2);
  const fromSource = await layers(read, source, half, params);
  const fromTarget = await layers(read, target, hops - half, params);
  const middle = [...fromSource].filter(([id, r]) => r.depth === half && fromTarget.get(id)?.depth === hops - half).map(([id]) => id);

  // next[u]: the following actors on some shortest path. Source side: the BFS tree reversed,
  // kept only where it leads to a middle actor; target side: the BFS parents, towards the target.
  const next = new Map<string, Set<string>>();
  const link = (u: string, w: string) => (next.get(u) ?? next.set(u, new Set()).get(u)!).add(w);
  const towardsSource = [...middle];
  const done = new Set<string>();
  while (towardsSource.length) {
    const w = towardsSource.pop()!;
    if (done.has(w)) continue;
    done.add(w);
    for (const u of fromSource.get(w)!.parents) { link(u, w); towardsSource.push(u); }
  }
  for (const [id, r] of fromTarget) for (const p of r.parents) link(id, p);

  const ordered = new Map([...next].map(([u, ws]) => [u, [...ws].sort(cmp)]));
  const paths: string[][] = [];
  const walk = (trail: string[]) => {
    if (paths.length >= limit) return;
    const last = trail[trail.length - 1];
    if (last === target) { if (trail.length === hops + 1) paths.push(trail); return; }
    if (trail.length > hops) return;
    for (const w of ordered.get(last) ?? []) walk([...trail, w]);
  };
  walk([source]);
  return paths;
}

/** Breadth-first layers from root up to maxDepth hops, with each actor's parents in the layer before. */
async function layers(read: Read, root: string, maxDepth: number, params: Record<string, unknown>): Promise<Map<string, Reached>> {
  const reached = new Map<string, Reached>([[root, { depth: 0, parents: [] }]]);
  let frontier = [root];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const rows = await read('path-neighbours', { ...params, frontier, seen: [...reached.keys()] });
    const found: string[] = [];
    for (const r of rows) {
      const a = r.get('a') as string, b = r.get('b') as string;
      const known = reached.get(b);
      if (!known) { reached.set(b, { depth, parents: [a] }); found.push(b); } else if (known.depth === depth) known.parents.push(a);
    }
    frontier = found;
  }
  return reached;
}
