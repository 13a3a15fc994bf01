// The real entry point as a child process (`node <server flags> --import tsx server/main.ts`, as
// start.sh runs it) on a free loopback port, for the suites that kill, restart or refuse to start
// a server, and for the load test.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SERVER_NODE_FLAGS } from '../../server/scripts/node-flags.js';

export const ROOT = path.resolve('.');

export interface ServerProcess { url: string; child: ChildProcess; output(): string; stop(): Promise<number | null>; kill(): Promise<void> }

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // Jest's own NODE_OPTIONS (--experimental-vm-modules) is not the server's business.
  const { NODE_OPTIONS: _omit, ...rest } = process.env;
  return { ...rest, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ENTENTE_TOKEN: '', ENTENTE_ALLOW_REMOTE: '', ENTENTE_NO_SEED: '1', ENTENTE_WRITE_RATE: '1000000', ...env };
}

export function spawnServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

export async function startServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawnServer(env);
  let out = '';
  let listening = false;
  // Request logs can run to megabytes under load: keep the tail only once the server is up.
  const keep = (chunk: Buffer) => { out += chunk.toString(); if (listening && out.length > 256_000) out = out.slice(-128_000); };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (listening) return;
      const m = /"url":"http:\/\/[^"]*:(\d+)\/"[^\n]*"msg":"entente is listening"/.exec(out);
      if (m) { listening = true; clearTimeout(timer); resolve(`http://127.0.0.1:${m[1]}/`); }
    });
    child.stderr!.on('data', keep);
    child.once('exit', (code, signal) => { clearTimeout(timer); if (!listening) reject(new Error(`server exited (${code ?? signal}) before listening:\n${out}`)); });
  });
  return {
    url,
    child,
    output: () => out,
    async stop() { if (child.exitCode !== null) return child.exitCode; child.kill('SIGTERM'); return exitOf(child); },
    async kill() { if (child.exitCode === null && child.signalCode === null) { child.kill('SIGKILL'); await exitOf(child); } },
  };
}

/** Runs the server until it exits on its own (it is expected to refuse to start). */
export async function runToExit(env: Record<string, string>, timeoutMs = 60_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawnServer(env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  return { code, signal, stdout, stderr };
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body, headers: res.headers };
}

export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  getJson(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
