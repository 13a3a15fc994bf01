import { computeMetrics } from './compute-metrics.js';
import { syntheticNetwork } from './synthetic.fixtures.js';
import { networkOf, nodeName as c, path, star, twoCliquesWithBridge } from './test-graphs.fixtures.js';

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

describe('computeMetrics on graphs with known answers', () => {
  test('star of n: centre betweenness is 1 normalised ((n-1)(n-2)/2 pairs of leaves, all through it), leaves 0', async () => {
    const n = 7;
    const r = await computeMetrics(networkOf(star(n)));
    const nodes = byId(r.nodes);
    expect(r.implementation).toBe('graphology');
    expect(nodes.get(c(0))!.betweenness).toBeCloseTo(1, 12);
    expect(nodes.get(c(0))!.degree).toBe(n - 1);
    for (let i = 1; i < n; i++) {
      expect(nodes.get(c(i))!.betweenness).toBe(0);
      expect(nodes.get(c(i))!.degree).toBe(1);
    }
    // Unnormalised, the centre lies on every one of the (n-1)(n-2)/2 leaf pairs' paths.
    const unnormalised = nodes.get(c(0))!.betweenness! * ((n - 1) * (n - 2)) / 2;
    expect(unnormalised).toBeCloseTo(((n - 1) * (n - 2)) / 2, 9);
    expect(nodes.get(c(0))!.pagerank!).toBeGreaterThan(nodes.get(c(1))!.pagerank!);
  });

  test('path of 5: betweenness of node i is i(n-1-i) pairs, normalised by (n-1)(n-2)/2', async () => {
    const n = 5;
    const r = await computeMetrics(networkOf(path(n)));
    const nodes = byId(r.nodes);
    for (let i = 0; i < n; i++) {
      expect(nodes.get(c(i))!.betweenness).toBeCloseTo((i * (n - 1 - i)) / (((n - 1) * (n - 2)) / 2), 12);
    }
    // Symmetry: PageRank of mirrored nodes is equal.
    expect(nodes.get(c(0))!.pagerank).toBeCloseTo(nodes.get(c(4))!.pagerank!, 9);
    expect(nodes.get(c(1))!.pagerank).toBeCloseTo(nodes.get(c(3))!.pagerank!, 9);
  });

  test('two cliques joined by a bridge: bridge ends have the highest betweenness and Louvain finds exactly the two cliques', async () => {
    const k = 5;
    const r = await computeMetrics(networkOf(twoCliquesWithBridge(k)));
    const sorted = [...r.nodes].sort((a, b) => b.betweenness! - a.betweenness!);
    expect(new Set(sorted.slice(0, 2).map((n) => n.id))).toEqual(new Set([c(k - 1), c(k)]));
    expect(sorted[1].betweenness!).toBeGreaterThan(sorted[2].betweenness!);
    expect(r.communities).toHaveLength(2);
    const members = r.communities.map((x) => x.members).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(members[0]).toEqual(Array.from({ length: k }, (_, i) => c(i)));
    expect(members[1]).toEqual(Array.from({ length: k }, (_, i) => c(k + i)));
    expect(r.modularity!).toBeGreaterThan(0.3);
  });

  test('PageRank sums to 1 and weights shift it towards heavier ties', async () => {
    const light = await computeMetrics(networkOf([[c(0), c(1), 1], [c(0), c(2), 1], [c(2), c(3), 1]]));
    const heavy = await computeMetrics(networkOf([[c(0), c(1), 1], [c(0), c(2), 9], [c(2), c(3), 1]]));
    for (const r of [light, heavy]) expect(r.nodes.reduce((s, n) => s + n.pagerank!, 0)).toBeCloseTo(1, 9);
    const pr = (r: typeof light, id: string) => r.nodes.find((n) => n.id === id)!.pagerank!;
    expect(pr(heavy, c(2))).toBeGreaterThan(pr(light, c(2)));
    expect(pr(heavy, c(1))).toBeLessThan(pr(light, c(1)));
  });

  test('weighted degree sums event counts; met and pact edges between one pair collapse into one tie', async () => {
    const net = networkOf([[c(0), c(1), 3], [c(0), c(2), 2]]);
    net.edges.push({ data: { id: 'pact:x', source: c(1), target: c(0), relation: 'pact', kinds: [], weight: 4, meetings: 0, pacts: 4, eventIds: [] } });
    const nodes = byId((await computeMetrics(net)).nodes);
    expect(nodes.get(c(0))).toMatchObject({ degree: 2, weightedDegree: 9 });
    expect(nodes.get(c(1))).toMatchObject({ degree: 1, weightedDegree: 7 });
  });

  test('same seed, same communities; communities numbered largest first', async () => {
    // Three cliques of unequal size with bridges: a partition Louvain could label many ways.
    const ties = [...twoCliquesWithBridge(6), [c(20), c(21)], [c(21), c(22)], [c(20), c(22)], [c(22), c(0)]] as ReturnType<typeof star>;
    const runs = await Promise.all([1, 1, 1].map((seed) => computeMetrics(networkOf(ties), { seed })));
    expect(runs[1].communities).toEqual(runs[0].communities);
    expect(runs[2].nodes).toEqual(runs[0].nodes);
    const sizes = runs[0].communities.map((x) => x.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  test('only the requested metrics are computed', async () => {
    const r = await computeMetrics(networkOf(star(4)), { metrics: ['degree'] });
    expect(Object.keys(r.nodes[0]).sort()).toEqual(['degree', 'id', 'kind', 'label']);
    expect(r.communities).toEqual([]);
  });

  test('an empty window gives no nodes; an unknown implementation is refused by name', async () => {
    const r = await computeMetrics(networkOf([]));
    expect(r.nodes).toEqual([]);
    expect(r.communities).toEqual([]);
    await expect(computeMetrics(networkOf(star(3)), { implementation: 'neo4j-gds' })).rejects.toThrow(/"neo4j-gds" is not available here \(available: graphology\)/);
  });

  test('an edge to a node missing from the network is reported, not silently dropped', async () => {
    const net = networkOf(star(3));
    net.nodes.pop();
    await expect(computeMetrics(net)).rejects.toThrow(/refers to node country:AC/);
  });
});

describe('Louvain reproducibility on an ambiguous graph', () => {
  // A noisy graph where Louvain's random node order matters, so the seed visibly decides.
  const net = syntheticNetwork({ countries: 100, ties: 300, blocs: 1, seed: 3 });

  test('the same seed gives the same partition every time; other seeds may give others', async () => {
    const again = await Promise.all([7, 7, 7].map((seed) => computeMetrics(net, { seed, metrics: ['community'] })));
    expect(again[1].communities).toEqual(again[0].communities);
    expect(again[2].communities).toEqual(again[0].communities);
    const others = await Promise.all(Array.from({ length: 8 }, (_, s) => computeMetrics(net, { seed: 100 + s, metrics: ['community'] })));
    const distinct = new Set(others.map((r) => JSON.stringify(r.communities)));
    // If the seed were ignored (Math.random), the repeated runs above would differ; if it were
    // not passed at all, every seed would give one partition. Both would fail here.
    expect(distinct.size).toBeGreaterThan(1);
  });
});
