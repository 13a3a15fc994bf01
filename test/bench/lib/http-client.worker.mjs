// The benchmark's HTTP client, on its own thread: it reads each answer to the last byte without
// decoding it, as a load tool does, so the figure is the server's latency and not the time a
// client in the server's own event loop spends decoding megabytes of JSON.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', async ({ id, url }) => {
  try {
    const res = await fetch(url);
    let bytes = 0;
    const head = [];
    for await (const chunk of res.body) {
      bytes += chunk.length;
      if (!res.ok && head.length < 4) head.push(Buffer.from(chunk).toString('utf8'));
    }
    parentPort.postMessage({ id, status: res.status, bytes, error: res.ok ? null : head.join('').slice(0, 300) });
  } catch (err) {
    parentPort.postMessage({ id, status: 0, bytes: 0, error: String(err?.message ?? err) });
  }
});
