// Finished GET bodies of the read views (network, ego, paths, pairs, search, entities, events,
// snapshot, diff, timeline), kept as bytes for exactly as long as every store read behind them
// stays in the read cache: a write that drops one of those reads makes the body stale, any other
// write leaves it. Turning a year's network into JSON costs more than computing it from cached
// reads, and under load that serialisation is what queues requests. A view that also read around
// the cache is not kept, nor one whose status is not 200.
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { GraphStore } from '../store/graph-store.js';
import type { ReadSet, ReadTracking } from '../store/read-cache.js';

const VIEWS = /^\/api\/(network|ego|paths|pairs|search|entities|events|snapshot|diff|timeline)(\/|$)/;
/** Headers Express computes per response, never replayed. */
const COMPUTED = new Set(['etag', 'content-length', 'date']);

interface Kept { body: Buffer; headers: [string, string | number | string[]][]; reads: ReadSet }

export interface ResponseCacheOptions { maxBytes?: number }

export function responseCache(store: GraphStore, { maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions = {}): RequestHandler {
  const tracking = (store as GraphStore & { readTracking?: ReadTracking }).readTracking;
  if (!tracking) return (_req, _res, next) => next();
  const kept = new LRUCache<string, Kept>({ maxSize: maxBytes, sizeCalculation: (k) => Math.max(1, k.body.length), maxEntrySize: maxBytes / 4 });

  const replay = (res: Response, k: Kept) => {
    for (const [name, value] of k.headers) res.setHeader(name, value);
    res.status(200).send(k.body);
  };

  return (req, res, next) => {
    if (req.method !== 'GET' || !VIEWS.test(req.path)) return next();
    const key = req.originalUrl;
    const hit = kept.get(key);
    if (hit && tracking.isFresh(hit.reads)) return replay(res, hit);
    let captured: Omit<Kept, 'reads'> | null = null;
    const send = res.send.bind(res);
    res.send = ((body: unknown) => {
      if (!captured && res.statusCode === 200 && (typeof body === 'string' || Buffer.isBuffer(body))) {
        const headers = Object.entries(res.getHeaders()).filter(([name, v]) => v !== undefined && !COMPUTED.has(name)) as Kept['headers'];
        captured = { body: typeof body === 'string' ? Buffer.from(body) : body, headers };
      }
      return send(body);
    }) as Response['send'];
    void tracking
      .track(() => new Promise<void>((resolve) => { res.once('finish', resolve); res.once('close', resolve); next(); }))
      .then(({ reads }) => { if (captured && reads) kept.set(key, { ...captured, reads }); }, () => undefined);
  };
}
