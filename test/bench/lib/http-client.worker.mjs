// The benchmark's HTTP client, on its own thread, made as a load tool makes one (autocannon's
// way): a kept-alive socket per origin, answers read with http-parser-js, bodies counted and never
// decoded. The figure is then the server's latency and not the client's: node:http's
// ClientRequest and IncomingMessage streams, on a thread woken after waiting for the answer, added
// 0.45 ms per request here (1.04 against 0.58 ms beyond a bare server's 5.6 ms of work), which
// was most of what a small query's ratio missed by; fetch (undici) added about a millisecond.
// Each answer is timed here, from writing the request to its last byte: the hand-overs to and
// from the thread that asked are the benchmark's, not HTTP's.
import net from 'node:net';
import { parentPort } from 'node:worker_threads';
import httpParser from 'http-parser-js';

const { HTTPParser } = httpParser;

/** One connection per origin, one request at a time on it (the benchmark waits for each). */
class Connection {
  constructor(host, port, onGone) {
    this.current = null;
    this.parser = new HTTPParser(HTTPParser.RESPONSE);
    this.parser[HTTPParser.kOnHeadersComplete] = (info) => { this.current.status = info.statusCode; };
    this.parser[HTTPParser.kOnBody] = (chunk, start, length) => {
      const c = this.current;
      c.bytes += length;
      if (c.status >= 300 && c.head.length < 4) c.head.push(chunk.toString('utf8', start, start + length));
    };
    this.parser[HTTPParser.kOnMessageComplete] = () => {
      const c = this.current;
      this.current = null;
      const ok = c.status >= 200 && c.status < 300;
      parentPort.postMessage({ id: c.id, status: c.status, bytes: c.bytes, ms: performance.now() - c.started, error: ok ? null : c.head.join('').slice(0, 300) });
    };
    this.socket = net.connect(port, host);
    this.socket.setNoDelay(true);
    this.socket.on('data', (data) => {
      const parsed = this.parser.execute(data);
      if (parsed instanceof Error) this.socket.destroy(parsed);
    });
    const gone = (err) => {
      onGone();
      if (this.current) parentPort.postMessage({ id: this.current.id, status: 0, bytes: 0, error: String(err?.message ?? 'connection closed before the answer ended') });
      this.current = null;
    };
    this.socket.on('error', gone);
    this.socket.on('close', () => gone());
  }

  get(id, path, host) {
    this.current = { id, status: 0, bytes: 0, head: [], started: performance.now() };
    this.socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  }
}

const connections = new Map();

parentPort.on('message', ({ id, url }) => {
  const u = new URL(url);
  if (u.protocol !== 'http:') return parentPort.postMessage({ id, status: 0, bytes: 0, error: `only http: URLs, not ${u.protocol}` });
  let c = connections.get(u.host);
  if (!c) {
    // Gone on an error and again on the close after it: only this connection is forgotten then.
    const made = new Connection(u.hostname, Number(u.port || 80), () => { if (connections.get(u.host) === made) connections.delete(u.host); });
    connections.set(u.host, c = made);
  }
  if (c.current) return parentPort.postMessage({ id, status: 0, bytes: 0, error: 'one request at a time per origin' });
  c.get(id, u.pathname + u.search, u.host);
});
