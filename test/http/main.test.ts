// The real entry point: `tsx server/main.ts` on a random loopback port with an empty data
// directory seeds itself, answers /api/health, and shuts down cleanly on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        try {
          const rec = JSON.parse(line);
          if (rec.msg === 'entente is listening') { clearTimeout(timer); resolve(rec.url); }
        } catch { /* not a JSON log line */ }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${out}`)); });
  });
}

test('main.ts seeds an empty store, serves /api/health and exits cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'entente-main-'));
  const child = spawn(TSX, ['server/main.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ENTENTE_DATA_DIR: dir, LOG_LEVEL: 'info', ENTENTE_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await waitForListening(child, 120_000);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await (await fetch(`${url}api/health`)).json();
    expect(health.status).toBe('ok');
    expect(health.counts.countries).toBeGreaterThan(40);
    expect(health.counts.meetings).toBeGreaterThan(10);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

test('main.ts refuses a non-loopback host without a token', () => {
  const r = spawnSync(TSX, ['server/main.ts'], { env: { ...process.env, HOST: '0.0.0.0', PORT: '0', ENTENTE_TOKEN: '', ENTENTE_ALLOW_REMOTE: '' }, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without ENTENTE_TOKEN/);
});
