// The window's tie graph as a graphology graph: one undirected edge per actor pair (whatever
// the relation), plus person→actor edges for meetings a person attended.
import { UndirectedGraph } from 'graphology';
import type { AttendanceRow, TieAggregate } from '../store/graph-store.js';

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function tieGraph(ties: Pick<TieAggregate, 'a' | 'b'>[], attendance: AttendanceRow[] = []): UndirectedGraph {
  const g = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const link = (a: string, b: string) => {
    if (a === b) return;
    g.mergeNode(a);
    g.mergeNode(b);
    const key = pairKey(a, b);
    if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, a, b);
  };
  for (const t of ties) link(t.a, t.b);
  for (const r of attendance) {
    const actors = r.entities.filter((e) => !e.startsWith('person:'));
    for (const p of r.entities) if (p.startsWith('person:')) for (const a of actors) link(p, a);
  }
  return g;
}
