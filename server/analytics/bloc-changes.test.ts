import { blocChanges } from './bloc-changes.js';
import { computeMetrics } from './compute-metrics.js';
import { clique, networkOf, nodeName as c } from './test-graphs.fixtures.js';

describe('blocChanges', () => {
  // Two blocs of five joined by one bridge; later, c(4) leaves the first bloc for the second,
  // c(10) appears in the second and c(0) has fewer partners.
  const before = networkOf([...clique([0, 1, 2, 3, 4]), ...clique([5, 6, 7, 8, 9]), [c(3), c(5)]], { from: '2010', to: '2010' });
  const after = networkOf([...clique([0, 1, 2, 3]), ...clique([4, 5, 6, 7, 8, 9, 10]), [c(3), c(5)]], { from: '2020', to: '2020' });

  test('the actor that changed bloc is reported with its old and new partners; matched blocs keep their numbers', async () => {
    const [b, a] = await Promise.all([computeMetrics(before), computeMetrics(after)]);
    const r = blocChanges(b, a, { metric: 'degree', limit: 3 });
    expect(r.moved.map((m) => m.id)).toEqual([c(4)]);
    const move = r.moved[0];
    expect(move.before).toBe(b.nodes.find((n) => n.id === c(0))!.community);
    expect(move.after).toBe(b.nodes.find((n) => n.id === c(9))!.community);
    expect(move.formerPartners).toEqual([c(0), c(1), c(2), c(3)]);
    expect(move.newPartners).toEqual([c(5), c(6), c(7), c(8), c(9)]);
    expect(r.entered).toEqual([c(10)]);
    expect(r.left).toEqual([]);
    expect(r.matches).toHaveLength(2);
  });

  test('rises and falls are the largest changes of the chosen centrality, newcomers counted from 0', async () => {
    const [b, a] = await Promise.all([computeMetrics(before), computeMetrics(after)]);
    const r = blocChanges(b, a, { metric: 'degree', limit: 2 });
    // c(10): 0 → 6; c(4): 4 → 6; c(5..9) each +2 (ties to c(4), c(10)); c(0..2): 4 → 3.
    expect(r.rises.map((x) => [x.id, x.delta])).toEqual([[c(10), 6], [c(4), 2]]);
    expect(r.falls.map((x) => [x.id, x.delta])).toEqual([[c(0), -1], [c(1), -1]]);
    expect(r.rises[0]).toMatchObject({ before: 0, after: 6 });
  });

  test('no change between identical moments', async () => {
    const b = await computeMetrics(before);
    const r = blocChanges(b, b, { metric: 'pagerank', limit: 5 });
    expect(r.moved).toEqual([]);
    expect(r.rises).toEqual([]);
    expect(r.falls).toEqual([]);
  });
});
