import { computeMetrics } from './compute-metrics.js';
import { periodsOf } from './periods.js';
import { buildSeries } from './series.js';
import { clique, networkOf, nodeName as c } from './test-graphs.fixtures.js';

describe('buildSeries', () => {
  // 2000: blocs {0..4} and {5..9}; 2001: nothing; 2002: same blocs but the second grew, so
  // Louvain's numbering (largest first) swaps. Alignment must keep each bloc's label.
  const periods = periodsOf('2000', '2002', 'year');
  const networks = [
    networkOf([...clique([0, 1, 2, 3, 4]), ...clique([5, 6, 7, 8, 9]), [c(0), c(5)]]),
    networkOf([]),
    networkOf([...clique([0, 1, 2, 3, 4]), ...clique([5, 6, 7, 8, 9, 10, 11]), [c(0), c(5)]]),
  ];

  test('values per period, null where the actor has no ties, communities aligned across periods', async () => {
    const results = await Promise.all(networks.map((n) => computeMetrics(n)));
    expect(results[0].nodes.find((n) => n.id === c(0))!.community).not.toBe(results[2].nodes.find((n) => n.id === c(0))!.community);
    const s = buildSeries({ periods, results, metrics: ['pagerank', 'degree'], ids: [c(0), c(5), c(11)] });
    expect(s.periods.map((p) => [p.period, p.nodeCount])).toEqual([['2000', 10], ['2001', 0], ['2002', 12]]);
    const [jp, vn, late] = s.series;
    expect(jp.values.map((v) => v.community)).toEqual([jp.values[0].community, null, jp.values[0].community]);
    expect(vn.values[2].community).toBe(vn.values[0].community);
    expect(jp.values[0].community).not.toBe(vn.values[0].community);
    expect(late.values.map((v) => v.degree)).toEqual([null, null, 6]);
    expect(late.values[2].community).toBe(vn.values[0].community);
    expect(jp.values[0].degree).toBe(5);
    expect(jp.values[1].pagerank).toBeNull();
  });

  test('without ids, every country seen in any period is reported, sorted', async () => {
    const results = await Promise.all(networks.map((n) => computeMetrics(n)));
    const s = buildSeries({ periods, results, metrics: ['pagerank'] });
    expect(s.series.map((x) => x.id)).toEqual(Array.from({ length: 12 }, (_, i) => c(i)));
  });
});
