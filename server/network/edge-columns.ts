// Edge columns built edge by edge and put in edge id order (the order the elements shape has
// always had), without an object per edge: a year of the 1M world is 20,000 edges, and making,
// sorting and serialising an object each took longer than aggregating them.
import { checkCounts, dictionary } from '../domain/network/columns.js';
import type { EdgeColumns, EdgeData } from '../domain/network/schema.js';
import type { TieAggregate } from '../store/graph-store.js';

type Relation = EdgeData['relation'];

/** Relations in id order (no name is a prefix of another, so edge ids group by relation in
 * this order), each edge's relation kept as its position here. */
const RELATIONS_IN_ID_ORDER: readonly Relation[] = (['attended', 'met', 'pact', 'represents'] as const).slice().sort();
const RELATION_CODE = new Map(RELATIONS_IN_ID_ORDER.map((r, i) => [r, i]));

export class EdgeColumnsBuilder {
  private readonly position = new Map<string, number>();
  private readonly source: number[];
  private readonly target: number[];
  private readonly relation: number[];
  private readonly kinds: (readonly string[])[];
  private readonly weight: number[];
  private readonly firstDate: (string | null)[];
  private readonly lastDate: (string | null)[];
  private readonly eventIds: (readonly string[])[];
  private n = 0;
  private eventIdTotal = 0;
  /** The last source looked up: a tie list comes grouped by its first actor. */
  private lastSource = '';
  private lastSourceAt = -1;

  /** nodeIds: the network's node ids in its node order (ascending id); capacity: the edges
   * expected (more may come; the columns grow then). */
  constructor(private readonly nodeIds: readonly string[], capacity = 0) {
    nodeIds.forEach((id, i) => this.position.set(id, i));
    const column = <T>() => new Array<T>(capacity);
    this.source = column(); this.target = column(); this.relation = column(); this.kinds = column(); this.weight = column();
    this.firstDate = column(); this.lastDate = column(); this.eventIds = column();
  }

  private at(id: string): number {
    const p = this.position.get(id);
    if (p === undefined) throw new Error(`edge end ${id} is not a node of the network`);
    return p;
  }

  /** An actor tie: its ends in id order; its arrays are read, never kept for writing. */
  addTie(t: TieAggregate): void {
    const forward = t.a < t.b;
    this.push(forward ? t.a : t.b, forward ? t.b : t.a, t.relation, t.kinds, t.count, t.firstDate, t.lastDate, t.eventIds);
  }

  /** An edge whose meetings and pacts are its weight on its relation's side (countsOf). */
  addEdge(e: EdgeData): void {
    checkCounts(e);
    this.push(e.source, e.target, e.relation, e.kinds, e.weight, e.firstDate ?? null, e.lastDate ?? null, e.eventIds);
  }

  private push(source: string, target: string, relation: Relation, kinds: readonly string[], weight: number, firstDate: string | null, lastDate: string | null, eventIds: readonly string[]): void {
    if (source !== this.lastSource) { this.lastSourceAt = this.at(source); this.lastSource = source; }
    const code = RELATION_CODE.get(relation);
    if (code === undefined) throw new Error(`edge ${source}|${target} has an unknown relation ${relation}`);
    const targetAt = this.at(target);
    const i = this.n++;
    this.source[i] = this.lastSourceAt;
    this.target[i] = targetAt;
    this.relation[i] = code;
    this.kinds[i] = kinds;
    this.weight[i] = weight;
    this.firstDate[i] = firstDate;
    this.lastDate[i] = lastDate;
    this.eventIds[i] = eventIds;
    this.eventIdTotal += eventIds.length;
  }

  get size(): number { return this.n; }

  /** The columns in edge id order: by relation, then `source|target` as text. */
  build(): EdgeColumns {
    const runs = this.idOrder();
    const E = this.n;
    const relations: string[] = [];
    const kindSets = dictionary<string[]>(), kindsByArray = new Map<readonly string[], number>(), dates = dictionary<string>();
    const dateAt = (d: string | null) => (d === null ? null : dates.at(d, d));
    const c: EdgeColumns = {
      source: new Array(E), target: new Array(E), relation: new Array(E), relations, kinds: new Array(E), kindSets: kindSets.list,
      weight: new Array(E), firstDate: new Array(E), lastDate: new Array(E), dates: dates.list, eventIds: new Array(this.eventIdTotal),
    };
    const eventIdCount: number[] | null = this.eventIdTotal ? new Array(E) : null;
    let k = 0, at = 0;
    for (const run of runs) {
      if (!run.edges.length) continue;
      const r = relations.length;
      relations.push(run.relation);
      for (const i of run.edges) {
        // Ties of one kind set share one array (the projection's), so identity finds most.
        const kinds = this.kinds[i];
        let s = kindsByArray.get(kinds);
        if (s === undefined) {
          s = kindSets.at(kinds.join('\u0000'), [...kinds]);
          kindsByArray.set(kinds, s);
        }
        c.source[k] = this.source[i];
        c.target[k] = this.target[i];
        c.relation[k] = r;
        c.kinds[k] = s;
        c.weight[k] = this.weight[i];
        c.firstDate[k] = dateAt(this.firstDate[i]);
        c.lastDate[k] = dateAt(this.lastDate[i]);
        if (eventIdCount) {
          const ids = this.eventIds[i];
          eventIdCount[k] = ids.length;
          for (let j = 0; j < ids.length; j++) c.eventIds[at++] = ids[j];
        }
        k++;
      }
    }
    if (eventIdCount) c.eventIdCount = eventIdCount;
    return c;
  }

  /** Edge positions per relation, in id order. Ties arrive in the store's (a, b) order, which
   * is id order within a relation unless one end's id is a prefix of another's (org:AU,
   * org:AUKUS: the `|` after the shorter decides); each run is checked and sorted only if needed. */
  private idOrder(): { relation: Relation; edges: number[] }[] {
    const runs = RELATIONS_IN_ID_ORDER.map((relation) => ({ relation, edges: [] as number[] }));
    for (let i = 0; i < this.n; i++) runs[this.relation[i]].edges.push(i);
    const ids = this.nodeIds, src = this.source, tgt = this.target;
    // Node positions follow id order, so positions compare as ids do except across a prefix.
    const compare = (i: number, j: number): number => {
      const si = src[i], sj = src[j];
      if (si === sj) return tgt[i] - tgt[j];
      const a = ids[si], b = ids[sj];
      if (a.startsWith(b) || b.startsWith(a)) {
        const x = `${a}|${ids[tgt[i]]}`, y = `${b}|${ids[tgt[j]]}`;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      return si - sj;
    };
    for (const { edges } of runs) {
      let sorted = true;
      for (let k = 1; k < edges.length && sorted; k++) sorted = compare(edges[k - 1], edges[k]) < 0;
      if (!sorted) edges.sort(compare);
    }
    return runs;
  }
}

/** The edges at `keep` (ascending positions), their ends renumbered by `node` (old position →
 * new); dictionaries are shared with the source columns. */
export function selectEdges(c: EdgeColumns, keep: readonly number[], node: Int32Array): EdgeColumns {
  const pick = <T>(column: T[]) => keep.map((i) => column[i]);
  const out: EdgeColumns = {
    source: keep.map((i) => node[c.source[i]]), target: keep.map((i) => node[c.target[i]]),
    relation: pick(c.relation), relations: c.relations, kinds: pick(c.kinds), kindSets: c.kindSets,
    weight: pick(c.weight), firstDate: pick(c.firstDate), lastDate: pick(c.lastDate), dates: c.dates, eventIds: [],
  };
  const counts = c.eventIdCount;
  if (!counts) return out;
  const firstId = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) firstId[i + 1] = firstId[i] + counts[i];
  for (const i of keep) for (let k = firstId[i]; k < firstId[i + 1]; k++) out.eventIds.push(c.eventIds[k]);
  if (out.eventIds.length) out.eventIdCount = pick(counts);
  return out;
}
