import { communityColor, metricSizes, NO_COMMUNITY, rankingMetric, topRows, type NodeMetrics } from './metrics.js';

const nodes: NodeMetrics[] = [
  { id: 'country:JP', label: 'Japan', kind: 'country', pagerank: 0.4, degree: 3, community: 0 },
  { id: 'country:VN', label: 'Vietnam', kind: 'country', pagerank: 0.1, degree: 3, community: 1 },
  { id: 'country:FR', label: 'France', kind: 'country', pagerank: 0, degree: 0 },
];

describe('analytics figures for the view', () => {
  test('sizes follow the metric on a square-root scale; zero gets the smallest size', () => {
    const sizes = metricSizes(nodes, 'pagerank');
    expect(sizes.get('country:JP')).toBe(46);
    expect(sizes.get('country:VN')).toBe(Math.round(12 + 34 * Math.sqrt(0.25)));
    expect(sizes.get('country:FR')).toBe(12);
  });

  test('ranking: highest first, ties by name, limited', () => {
    expect(topRows(nodes, 'degree', 2).map((r) => [r.rank, r.label])).toEqual([[1, 'Japan'], [2, 'Vietnam']]);
    expect(topRows(nodes, 'pagerank')[0]).toMatchObject({ id: 'country:JP', value: 0.4, community: 0 });
    expect(rankingMetric('activity')).toBe('pagerank');
    expect(rankingMetric('betweenness')).toBe('betweenness');
  });

  test('each community gets a distinct colour; none gets the neutral one', () => {
    expect(new Set([0, 1, 2, 3, 4, 5].map(communityColor)).size).toBe(6);
    expect(communityColor(undefined)).toBe(NO_COMMUNITY);
  });
});
