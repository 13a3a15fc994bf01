import { withMetrics } from './with-metrics.js';
import { networkOf, nodeName as c, twoCliquesWithBridge } from './test-graphs.fixtures.js';

describe('withMetrics', () => {
  test('adds the five metrics to every node as scalar attributes and keeps the rest', async () => {
    const net = networkOf(twoCliquesWithBridge(4));
    const out = await withMetrics(net);
    expect(out.nodes).toHaveLength(net.nodes.length);
    for (const { data } of out.nodes) {
      for (const key of ['pagerank', 'betweenness', 'degree', 'weightedDegree', 'community']) expect(typeof data[key]).toBe('number');
      expect(data.kind).toBe('country');
    }
    expect(out.nodes.find((n) => n.data.id === c(3))!.data.degree).toBe(4);
    expect(out.edges).toBe(net.edges);
    expect(out.meta).toMatchObject({ metricsImplementation: 'graphology', communityCount: 2 });
    expect(net.nodes[0].data.pagerank).toBeUndefined(); // input untouched
  });
});
