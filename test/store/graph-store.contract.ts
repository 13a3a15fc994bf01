// The GraphStore contract suite (graphology's `specs(Graph)` idea): every adapter runs these
// same expectations through one test file, e.g. `await describeGraphStore('ladybug', open)`.
//
// `open` returns a fresh, EMPTY store each time it is called (or null when the database is not
// available: the whole suite then skips with a console.warn). The suite calls init() itself and
// closes every store it opened. Stores are opened one after another, never two at once, so an
// adapter whose `open` wipes a shared server database works too.
//
// Semantics pinned here (both adapters must agree):
// - Windows are inclusive day spans; partial dates widen ('2024' = the whole year). An event is in
//   a window when it overlaps it; a pact without end date is in force from its date on.
// - Lists of events are newest first (dateFrom descending, then id ascending); undated events,
//   which carry only the date of the report that mentions them, come after every dated one.
// - writeBatch is all-or-nothing: a failing batch (bad or missing value, or an edge whose endpoint
//   is neither in the batch nor in the store) rejects with a StoreError and leaves nothing behind.
//   Overlapping calls take effect in call order. documentSkipped: the batch's document was
//   already stored (the rest of the batch is still written; what exists is left as it is).
// - dump() returns every document in `documents` (document: null); writing a dump into an empty
//   store reproduces it.
// - getNodes returns the rows exactly as written (NodeRecord.props equals the write row), in the
//   order asked, unknown ids left out.
// - algorithms() is null, or scores the graph it is handed (node indices) and leaves the stored
//   graph untouched.
import { beforeAll, afterAll, describe, expect, it } from '@jest/globals';
import type { GraphStore } from '../../server/store/graph-store.js';
import { describeFixtureReads } from './graph-store.contract.reads.js';
import { describeWriteGuarantees } from './graph-store.contract.writes.js';

type Open = () => Promise<GraphStore | null>;
/** Registers before/after hooks in the calling describe block and returns the store they open. */
export type UseStore = () => { s: GraphStore };

/** Registers the suite. Await it at the top level of the test file (it probes the store first). */
export async function describeGraphStore(name: string, open: Open): Promise<void> {
  const probe = await open().catch((e: unknown) => {
    console.warn(`GraphStore contract (${name}) skipped: opening the store failed: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  if (!probe) {
    console.warn(`GraphStore contract (${name}) skipped: no store available`);
    describe.skip(`GraphStore contract: ${name}`, () => { it('needs a store', () => undefined); });
    return;
  }
  let pending: GraphStore | null = probe;
  /** The probe store for the first group, then a fresh one per group; closed after the group. */
  const useStore: UseStore = () => {
    const ref: { s: GraphStore } = { s: null as unknown as GraphStore };
    beforeAll(async () => {
      const s = pending ?? (await open());
      pending = null;
      if (!s) throw new Error(`${name}: open() returned null after the probe succeeded`);
      await s.init();
      ref.s = s;
    });
    afterAll(async () => { await ref.s?.close(); });
    return ref;
  };

  describe(`GraphStore contract: ${name}`, () => {
    afterAll(async () => { await pending?.close(); });

    describeFixtureReads(useStore);
    describeWriteGuarantees(useStore);
    describeAlgorithms(useStore);
  });
}

function describeAlgorithms(useStore: UseStore): void {
  describe('algorithms', () => {
    const ref = useStore();
    it('are absent (null) or score a triangle with a tail, and write nothing', async () => {
      const algorithms = await ref.s.algorithms();
      expect(await ref.s.algorithms()).toBe(algorithms); // asked once, remembered
      if (!algorithms) return;
      const before = await ref.s.counts();
      // 0-1-2 a triangle, 3 hangs off 2, 4 has no tie.
      const graph = { nodeCount: 5, edges: [{ a: 0, b: 1, weight: 1 }, { a: 0, b: 2, weight: 2 }, { a: 1, b: 2, weight: 1 }, { a: 2, b: 3, weight: 3 }] };
      const r = await algorithms.run(graph, { degree: true, weightedDegree: true, pagerank: true, betweenness: true, communities: true });
      expect(r.degree).toEqual([2, 2, 3, 1, 0]);
      expect(r.weightedDegree).toEqual([3, 2, 6, 3, 0]);
      expect(r.pagerank!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      // 2 lies on the shortest paths 0–3 and 1–3: 2 of the (5-1)(5-2)/2 = 6 pairs.
      expect(r.betweenness).toEqual([0, 0, 2 / 6, 0, 0].map((v) => expect.closeTo(v, 12)));
      expect(r.communities).toHaveLength(5);
      expect(await ref.s.counts()).toEqual(before);
    });
  });
}
