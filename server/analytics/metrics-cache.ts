// Metrics results per (window, filters, options), kept in an LRU so a client animating over
// periods (or replaying a series) does not recompute. The promise is cached, so concurrent
// requests for one key share one computation; a failed one is forgotten.
import { LRUCache } from 'lru-cache';
import type { MetricsResult } from './types.js';

export interface MetricsCacheOptions {
  /** Results kept; a yearly series over 30 years uses 30. */
  max?: number;
  /** Milliseconds a result stays valid even if the data fingerprint did not change. */
  ttl?: number;
}

export class MetricsCache {
  private readonly lru: LRUCache<string, Promise<MetricsResult>>;
  hits = 0;
  misses = 0;

  constructor({ max = 1000, ttl = 30 * 60_000 }: MetricsCacheOptions = {}) {
    this.lru = new LRUCache({ max, ttl });
  }

  get size(): number { return this.lru.size; }

  getOrCompute(key: string, compute: () => Promise<MetricsResult>): Promise<MetricsResult> {
    const cached = this.lru.get(key);
    if (cached) { this.hits++; return cached; }
    this.misses++;
    const pending = compute();
    this.lru.set(key, pending);
    pending.catch(() => { if (this.lru.get(key) === pending) this.lru.delete(key); });
    return pending;
  }

  clear(): void { this.lru.clear(); }
}

/** A stable key: object keys sorted, arrays of names sorted, undefined dropped. */
export function cacheKey(parts: Record<string, unknown>): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return [...v].map(norm).sort();
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, norm((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(norm(parts));
}
