// The benchmark's HTTP client, on its own thread: it reads each answer to the last byte without
// decoding it, as a load tool does, so the figure is the server's latency and not the time a
// client in the server's own event loop spends decoding megabytes of JSON. Plain node:http on a
// kept-alive connection: fetch (undici) adds about a millisecond of its own per request, which
// is most of a small answer's time. Each answer's time is taken here, from the request to its
// last byte: the hand-overs to and from the thread that asked are the benchmark's, not HTTP's.
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

parentPort.on('message', ({ id, url }) => {
  const started = performance.now();
  const req = http.get(url, { agent }, (res) => {
    let bytes = 0;
    const head = [];
    const ok = res.statusCode >= 200 && res.statusCode < 300;
    res.on('data', (chunk) => {
      bytes += chunk.length;
      if (!ok && head.length < 4) head.push(chunk.toString('utf8'));
    });
    res.on('end', () => parentPort.postMessage({ id, status: res.statusCode, bytes, ms: performance.now() - started, error: ok ? null : head.join('').slice(0, 300) }));
    res.on('error', (err) => parentPort.postMessage({ id, status: 0, bytes: 0, error: String(err?.message ?? err) }));
  });
  req.on('error', (err) => parentPort.postMessage({ id, status: 0, bytes: 0, error: String(err?.message ?? err) }));
});
