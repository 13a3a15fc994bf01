// A private Neo4j for the benchmark: the same in-process harness test/neo4j/start.sh runs
// (neo4j-harness from Maven Central, compiled there), on its own port and in its own temporary
// directory, so the benchmark neither wipes nor is wiped by the store tests sharing the
// machine's test instance. It stops when this process exits (it holds the harness's stdin).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HARNESS = fileURLToPath(new URL('../../neo4j/', import.meta.url));

export interface Neo4jInstance { uri: string; version: string; stop: () => Promise<void> }

/** Null with a reason when the harness is not built or Java is missing. */
export async function startNeo4j(heap = '1g'): Promise<Neo4jInstance | string> {
  const classpath = path.join(HARNESS, 'target', 'classpath.txt');
  if (!existsSync(classpath) || !existsSync(path.join(HARNESS, 'target', 'classes'))) return `the Neo4j harness is not built (run \`bash test/neo4j/start.sh\` once)`;
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-bench-neo4j-'));
  const child: ChildProcess = spawn('java', [`-Xmx${heap}`, '-Xss2m', '-XX:+UseSerialGC', '-cp', `${path.join(HARNESS, 'target', 'classes')}:${readFileSync(classpath, 'utf8').trim()}`, 'entente.testneo4j.TestNeo4j', '--until-stdin-closes'], {
    env: { ...process.env, NEO4J_TEST_PORT: String(port), NEO4J_TEST_DIR: path.join(dir, 'db') }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => { log += String(d); });
  child.stderr!.on('data', (d) => { log += String(d); });
  const failed = await new Promise<string | null>((resolve) => {
    const timer = setTimeout(() => resolve('Neo4j did not start within 240 s'), 240_000);
    child.once('error', (err) => { clearTimeout(timer); resolve(`cannot run java: ${err.message}`); });
    child.once('exit', (code) => { clearTimeout(timer); resolve(`Neo4j exited during start-up (${code}): ${log.slice(-400)}`); });
    const check = setInterval(() => { if (/^NEO4J_READY /m.test(log)) { clearInterval(check); clearTimeout(timer); resolve(null); } }, 200);
    child.once('exit', () => clearInterval(check));
  });
  const stop = async () => {
    if (child.exitCode === null) { child.stdin!.end(); const t = setTimeout(() => child.kill('SIGKILL'), 20_000); await once(child, 'exit'); clearTimeout(t); }
    rmSync(dir, { recursive: true, force: true });
  };
  if (failed) { await stop(); return failed; }
  const version = log.match(/version=(\S+)/)?.[1] ?? 'unknown';
  return { uri: `bolt://127.0.0.1:${port}`, version, stop };
}
