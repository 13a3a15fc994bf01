// End-to-end harness: builds the client once, starts the real server (tsx server/main.ts) on a
// free 127.0.0.1 port with a temporary data dir (the seeds load by themselves) and drives the
// system's Chromium through playwright-core. Never downloads a browser.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');
export const hasChromium = existsSync(CHROMIUM);

let built = false;
/** vite build into dist/client (what the server serves). Skipped when E2E_SKIP_BUILD=1. */
export function buildClient(): void {
  if (built || process.env.E2E_SKIP_BUILD === '1') return;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`e2e: vite build failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export interface Running {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
  log(): string;
}

export async function startServer(env: Record<string, string> = {}): Promise<Running> {
  // E2E_URL points the suite at a server someone already runs (debugging only: tests write data).
  if (process.env.E2E_URL) return { url: process.env.E2E_URL, dataDir: '', log: () => '', stop: async () => {} };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  let output = '';
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ENTENTE_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b) => (output = (output + b).slice(-20_000)));
  child.stderr?.on('data', (b) => (output = (output + b).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`e2e: server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`e2e: server did not answer /api/health within 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { context, page, errors };
}

/** Waits until the graph has elements, no request is in flight and no layout is running. */
export async function settled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes(): { length: number } } }).__cy;
    return !!cy && cy.nodes().length > 0 && document.body.dataset.loading === '0' && document.body.dataset.layout !== 'running';
  }, undefined, { timeout });
  await page.waitForTimeout(150);
}

/** GET a JSON API route of the running server; anything but 200 fails the test. */
export async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
  return (await res.json()) as T;
}

/** Opens the app with a query string and waits until the graph has settled. */
export async function openApp(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}/${query}`);
  await settled(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Visible node and edge counts from the page's Cytoscape instance. */
export function visibleCounts(page: Page): Promise<{ nodes: number; edges: number; total: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __cy: { nodes(s?: string): { length: number }; edges(s?: string): { length: number } } }).__cy;
    return { nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length, total: cy.nodes().length };
  });
}
