import { cacheKey, MetricsCache } from './metrics-cache.js';
import type { MetricsResult } from './types.js';

const result = (implementation: string): MetricsResult => ({ implementation, window: { from: null, to: null }, nodes: [], communities: [] });

describe('MetricsCache', () => {
  test('computes once per key, shares concurrent requests, evicts least recently used', async () => {
    const cache = new MetricsCache({ max: 2 });
    let runs = 0;
    const compute = async () => { runs++; return result('x'); };
    const [a, b] = await Promise.all([cache.getOrCompute('k1', compute), cache.getOrCompute('k1', compute)]);
    expect(a).toBe(b);
    expect(runs).toBe(1);
    await cache.getOrCompute('k2', compute);
    await cache.getOrCompute('k1', compute); // k1 now most recent
    await cache.getOrCompute('k3', compute); // evicts k2
    await cache.getOrCompute('k2', compute);
    expect(runs).toBe(4);
    expect(cache.hits).toBe(2);
  });

  test('a failed computation is not kept', async () => {
    const cache = new MetricsCache();
    await expect(cache.getOrCompute('k', async () => { throw new Error('store down'); })).rejects.toThrow('store down');
    await expect(cache.getOrCompute('k', async () => result('ok'))).resolves.toMatchObject({ implementation: 'ok' });
  });

  test('cacheKey ignores key order, list order and undefined', () => {
    expect(cacheKey({ a: 1, f: { relations: ['pact', 'met'], to: undefined } })).toBe(cacheKey({ f: { relations: ['met', 'pact'] }, a: 1 }));
    expect(cacheKey({ from: '2000' })).not.toBe(cacheKey({ from: '2001' }));
  });
});
