// Shortest paths over the filtered tie graph, breadth first from both ends. An edge is a pair
// with at least one event passing the filter; it is tested once per query and only when the
// search reaches it, so a path from a hub costs a few thousand pair tests, not a pass over
// every event.
import { StoreError, type PathSearch } from '../graph-store.js';
import type { EventTable } from './event-table.js';
import { filterOf, pairPasses } from './queries.js';
import { isActorId } from '../../domain/ids.js';


export function shortestPathsOf(t: EventTable, query: PathSearch): string[][] {
  if (!Number.isInteger(query.maxHops) || query.maxHops < 1 || query.maxHops > 30) throw new StoreError(`maxHops ${query.maxHops} is not a whole number from 1 to 30`, 'invalid');
  if (!isActorId(query.source) || !isActorId(query.target) || !query.relations.length) return [];
  if (query.source === query.target) return [[query.source]];
  const source = t.actorOf(query.source), target = t.actorOf(query.target);
  if (source === undefined || target === undefined) return [];
  const f = filterOf(t, query);
  const passes = new Map<object, boolean>();
  const neighbours = (x: number): number[] => {
    const out: number[] = [];
    for (const [y, p] of t.pairsOf[x]) {
      let ok = passes.get(p);
      if (ok === undefined) passes.set(p, (ok = pairPasses(p, f)));
      if (ok) out.push(y);
    }
    return out;
  };
  const fromSource = distances(source, neighbours, query.maxHops, target);
  const hops = fromSource.get(target);
  if (hops === undefined) return [];
  const fromTarget = distances(target, neighbours, hops, source);
  // Next steps along shortest paths only: one hop further from the source, one closer to the target.
  const steps = (x: number, d: number) =>
    neighbours(x).filter((y) => fromSource.get(y) === d + 1 && fromTarget.get(y) === hops - d - 1).map((y) => ({ y, id: t.actorIds[y] })).sort((p, q) => (p.id < q.id ? -1 : 1));
  if (!query.all) {
    // The first path in id order: the smallest next step each time.
    const trail = [source];
    for (let d = 0; d < hops; d++) trail.push(steps(trail[d], d)[0].y);
    return [trail.map((a) => t.actorIds[a])];
  }
  const paths: string[][] = [];
  const walk = (trail: number[]) => {
    const d = trail.length - 1;
    if (d === hops) { paths.push(trail.map((a) => t.actorIds[a])); return; }
    for (const { y } of steps(trail[d], d)) walk([...trail, y]);
  };
  walk([source]);
  return paths;
}

/** Hop distances from `start` up to `max` hops, stopping after the layer that reaches `stop`. */
function distances(start: number, neighbours: (x: number) => number[], max: number, stop: number): Map<number, number> {
  const dist = new Map<number, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= max && frontier.length && !dist.has(stop); d++) {
    const next: number[] = [];
    for (const x of frontier) for (const y of neighbours(x)) if (!dist.has(y)) { dist.set(y, d); next.push(y); }
    frontier = next;
  }
  return dist;
}
