// The benchmark's HTTP client against real servers on 127.0.0.1: it must read every answer to its
// last byte, whether sent with a length or chunked, on kept-alive connections to several origins,
// and fail loudly on an error status or a connection cut mid-answer.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpClient } from './http-client.js';

const body = Buffer.alloc(300_000, 0x61);

async function serve(handler: http.RequestListener): Promise<{ base: string; close: () => void; connections: () => number }> {
  let connections = 0;
  const server = http.createServer(handler).listen(0, '127.0.0.1');
  server.on('connection', () => void connections++);
  await once(server, 'listening');
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close(), connections: () => connections };
}

describe('benchmark HTTP client', () => {
  const client = httpClient();
  afterAll(() => client.close());

  test('answers with a length and chunked answers are read whole, on one kept-alive connection per origin', async () => {
    const a = await serve((req, res) => {
      if (req.url === '/chunked') {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < body.length; i += 65536) res.write(body.subarray(i, i + 65536));
        return res.end();
      }
      res.writeHead(200, { 'content-length': body.length }).end(body);
    });
    const b = await serve((_req, res) => res.end('{"ok":true}'));
    try {
      for (let i = 0; i < 3; i++) {
        expect((await client.get(`${a.base}/length`)).bytes).toBe(body.length);
        expect((await client.get(`${a.base}/chunked?i=${i}`)).bytes).toBe(body.length);
        const small = await client.get(`${b.base}/`);
        expect(small.bytes).toBe(11);
        expect(small.clientMs).toBeGreaterThan(0);
      }
      expect([a.connections(), b.connections()]).toEqual([1, 1]);
    } finally {
      a.close();
      b.close();
    }
  });

  test('an error status rejects with the status and the start of the answer', async () => {
    const s = await serve((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"title":"no such view"}'));
    try {
      await expect(client.get(`${s.base}/missing`)).rejects.toThrow(/missing: HTTP 404 \{"title":"no such view"\}/);
    } finally {
      s.close();
    }
  });

  test('a connection cut before the answer ends rejects, and the next request opens a new one', async () => {
    let n = 0;
    const s = await serve((_req, res) => {
      if (n++ === 0) {
        res.writeHead(200, { 'content-length': 1000 });
        res.write('partial');
        return void setTimeout(() => res.socket?.destroy(), 10);
      }
      res.end('whole');
    });
    try {
      await expect(client.get(`${s.base}/`)).rejects.toThrow(/HTTP 0/);
      expect((await client.get(`${s.base}/`)).bytes).toBe(5);
      expect(s.connections()).toBe(2);
    } finally {
      s.close();
    }
  });
});
