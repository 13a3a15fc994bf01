// Finished GET bodies of the read views (network, ego, paths, pairs, search, entities, events,
// snapshot, diff, timeline), kept as bytes for exactly as long as every store read behind them
// stays in the read cache: a write that drops one of those reads makes the body stale, any other
// write leaves it. Turning a year's network into JSON costs more than computing it from cached
// reads, and under load that serialisation is what queues requests. A view that also read around
// the cache is not kept, nor one whose status is not 200. Identical requests that arrive while the
// first is computed wait for its bytes (fifty clients opening the same cold year compute it once).
import type { NextFunction, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { GraphStore } from '../store/graph-store.js';
import type { ReadSet, ReadTracking } from '../store/read-cache.js';

const VIEWS = /^\/api\/(network|ego|paths|pairs|search|entities|events|snapshot|diff|timeline)(\/|$)/;
/** Headers Express computes per response, never replayed (the ETag is: the bytes are the same,
 * and Express hashes a body only when no ETag is set). */
const COMPUTED = new Set(['content-length', 'date']);

interface Kept { body: Buffer; headers: [string, string | number | string[]][]; reads: ReadSet }

export interface ResponseCacheOptions { maxBytes?: number }

export function responseCache(store: GraphStore, { maxBytes = 64 * 1024 * 1024 }: ResponseCacheOptions = {}): RequestHandler {
  const tracking = (store as GraphStore & { readTracking?: ReadTracking }).readTracking;
  if (!tracking) return (_req, _res, next) => next();
  const kept = new LRUCache<string, Kept>({ maxSize: maxBytes, sizeCalculation: (k) => Math.max(1, k.body.length), maxEntrySize: maxBytes / 4 });

  /** Views being computed, by URL: settled once the first request's answer is kept (or not). */
  const computing = new Map<string, Promise<void>>();

  const replay = (res: Response, k: Kept) => {
    for (const [name, value] of k.headers) res.setHeader(name, value);
    res.status(200).send(k.body);
  };
  const freshOf = (key: string) => {
    const hit = kept.get(key);
    return hit && tracking.isFresh(hit.reads) ? hit : null;
  };

  const compute = (key: string, res: Response, next: NextFunction): void => {
    // The body as written: whole through res.send, or chunk by chunk (json-bytes streams large answers).
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding: unknown) => {
      if (res.statusCode !== 200 || chunk == null || typeof chunk === 'function') return;
      if (Buffer.isBuffer(chunk)) chunks.push(chunk);
      else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((...args: unknown[]) => { keep(args[0], args[1]); return write(...args); }) as Response['write'];
    res.end = ((...args: unknown[]) => { keep(args[0], args[1]); return end(...args); }) as Response['end'];
    // Headers as sent (the ETag included), once the answer is complete.
    const headersOf = () => Object.entries(res.getHeaders()).filter(([name, v]) => v !== undefined && !COMPUTED.has(name)) as Kept['headers'];
    const done = tracking
      .track(() => new Promise<void>((resolve) => { res.once('finish', resolve); res.once('close', resolve); next(); }))
      .then(({ reads }) => { if (chunks.length && reads && res.statusCode === 200 && res.writableFinished) kept.set(key, { body: Buffer.concat(chunks), headers: headersOf(), reads }); }, () => undefined)
      .finally(() => { if (computing.get(key) === done) computing.delete(key); });
    if (!computing.has(key)) computing.set(key, done);
  };

  return (req, res, next) => {
    if (req.method !== 'GET' || !VIEWS.test(req.path)) return next();
    const key = req.originalUrl;
    const hit = freshOf(key);
    if (hit) return replay(res, hit);
    const running = computing.get(key);
    // Its answer may not be kept (an error, a write meanwhile): then this request computes its own.
    if (running) return void running.then(() => { const k = freshOf(key); if (k) replay(res, k); else compute(key, res, next); });
    compute(key, res, next);
  };
}
