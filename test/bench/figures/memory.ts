// Server memory: the real server (server/main.ts) in its own process, with the loaded graph
// open, after answering the benchmark's queries; RSS read from /proc (Linux).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../../server/scripts/node-flags.js';
import type { Results, StoreName } from '../lib/results.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const RSS_TARGET_MB = 1024;

async function freePort(): Promise<number> {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const { port } = s.address() as net.AddressInfo;
  s.close();
  return port;
}

const statusKb = (pid: number, field: string): number => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return m ? Number(m[1]) : NaN;
};

/** env: the store settings (ENTENTE_DATA_DIR, or NEO4J_*); urls: the queries to answer first. */
export async function memoryFigure(results: Results, storeName: StoreName, env: Record<string, string>, urls: string[], rounds = 5): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ENTENTE_NO_SEED: '1', LOG_LEVEL: 'silent' },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += String(d); });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr.slice(-500)}`);
      if (Date.now() > deadline) throw new Error('server did not answer /api/health within 180 s');
      // Up, and its projection (when it has one) loaded: the state users work in.
      const health = await fetch(`${base}/api/health`).then((r) => (r.ok ? r.json() : null), () => null) as { store?: { projection?: { state: string } } } | null;
      if (health && (!health.store?.projection || health.store.projection.state !== 'loading')) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const idleMb = statusKb(child.pid!, 'VmRSS') / 1024;
    for (let i = 0; i < rounds; i++) for (const u of urls) await (await fetch(base + u)).arrayBuffer();
    const rssMb = statusKb(child.pid!, 'VmRSS') / 1024;
    const peakMb = statusKb(child.pid!, 'VmHWM') / 1024;
    results.add({ key: 'memory.rss', label: 'server RSS with the graph open, after the queries', store: storeName, value: rssMb, unit: 'MB', target: `≤ ${RSS_TARGET_MB} MB`, pass: rssMb <= RSS_TARGET_MB && peakMb <= RSS_TARGET_MB, note: `idle after start ${idleMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB${storeName === 'neo4j' ? ' (the Node server only; Neo4j runs in its own JVM)' : ''}` });
  } catch (err) {
    results.add({ key: 'memory.rss', label: 'server RSS with the graph open, after the queries', store: storeName, value: null, unit: 'MB', target: `≤ ${RSS_TARGET_MB} MB`, pass: false, note: (err as Error).message });
  } finally {
    child.kill('SIGTERM');
    const exited = await Promise.race([once(child, 'exit').then(() => true), new Promise((r) => setTimeout(() => r(false), 30_000))]);
    if (!exited) child.kill('SIGKILL');
  }
}
