// Large JSON answers leave the server chunk by chunk as they are written; small ones whole, with
// their length and ETag. Either way the bytes are JSON.stringify's, and an answer that cannot be
// finished is cut off, never sent as valid-looking truncated JSON.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { jsonAsBytes, STREAM_FROM_BYTES } from '../../server/http/json-bytes.js';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `country:${i}`, names: { ja: '日本', es: 'Japón' }, weight: i * 7 }));
const columns = (n: number) => ({ source: Array.from({ length: n }, (_, i) => i * 31), day: Array.from({ length: n }, (_, i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`) });

interface Answer { status: number; headers: http.IncomingHttpHeaders; text: string }
/** A GET over a real socket, failing when the connection is cut before the answer is complete. */
const get = (url: string, method = 'GET') => new Promise<Answer>((resolve, reject) => {
  http.request(url, { method }, (res) => {
    const parts: Buffer[] = [];
    res.on('data', (c: Buffer) => parts.push(c));
    res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(parts).toString('utf8') }));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('aborted')));
  }).on('error', reject).end();
});

describe('JSON answers as bytes', () => {
  const bodies: Record<string, unknown> = {
    small: { nodes: rows(3) },
    objects: { nodes: rows(5_000) },
    columns: columns(40_000),
    // A value JSON cannot write, after the first chunks have gone out.
    broken: { nodes: rows(5_000), oops: 1n },
    brokenSmall: { oops: 1n },
  };
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    const app = express();
    app.set('etag', 'weak');
    app.use(jsonAsBytes());
    app.get('/:name', (req, res) => void res.json(bodies[req.params.name]));
    app.use(((err, _req, res, _next) => void res.status(500).json({ error: String(err.message) })) as express.ErrorRequestHandler);
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends a small answer whole, with its length and ETag', async () => {
    const a = await get(`${base}/small`);
    expect(a.status).toBe(200);
    expect(a.text).toBe(JSON.stringify(bodies.small));
    expect(Number(a.headers['content-length'])).toBe(Buffer.byteLength(a.text));
    expect(a.headers.etag).toBeTruthy();
    expect(a.headers['content-type']).toMatch(/application\/json/);
  });

  it.each(['objects', 'columns'])('streams a large answer (%s) chunk by chunk, the same bytes', async (name) => {
    const a = await get(`${base}/${name}`);
    expect(a.status).toBe(200);
    expect(Buffer.byteLength(a.text)).toBeGreaterThan(STREAM_FROM_BYTES);
    expect(a.headers['transfer-encoding']).toBe('chunked');
    expect(a.headers['content-length']).toBeUndefined();
    expect(a.text).toBe(JSON.stringify(bodies[name]));
  });

  it('answers HEAD for a large answer with its length and no body', async () => {
    const a = await get(`${base}/objects`, 'HEAD');
    expect(a.status).toBe(200);
    expect(Number(a.headers['content-length'])).toBe(Buffer.byteLength(JSON.stringify(bodies.objects)));
    expect(a.text).toBe('');
  });

  it('cuts the connection when a streamed answer cannot be finished', async () => {
    await expect(get(`${base}/broken`)).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
  });

  it('answers an error when an answer fails before anything was sent', async () => {
    const a = await get(`${base}/brokenSmall`);
    expect(a.status).toBe(500);
    expect(JSON.parse(a.text).error).toMatch(/BigInt/);
  });
});
