// Analytics in the view (size by a centrality, colour by community, ranking that follows the
// slider, metric chart, report) and the experience (interface language, empty and slow states,
// shortcuts, help, introduction, axe-core scan) in real Chromium against the real server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildClient, hasChromium, CHROMIUM, launch, newPage, screenshot, settled, startServer, type Running, getJson, openApp } from './harness.js';

if (!hasChromium) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to run the browser tests)`);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type Metrics = { nodes: { id: string; label: string; pagerank: number }[]; communities: { id: number }[] };
type AxeResult = { passes: unknown[]; violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };

describe('Analytics and experience in Chromium', { skip: !hasChromium }, () => {
  let server: Running;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const api = <T>(path: string) => getJson<T>(server.url, path);
  const open = (query = '') => openApp(page, server.url, query);
  const sizes = () => page.evaluate(() => Object.fromEntries(window.__cy!.nodes().map((n) => [n.id(), Number(n.data('size'))])));
  const rankingRows = () => page.$$eval('#ranking-table tbody tr', (rows) => rows.map((r) => `${r.getAttribute('data-id')} ${r.children[2]?.textContent}`));
  const metricsKey = () => page.evaluate(() => document.body.dataset.metrics ?? '');

  before(async () => {
    buildClient();
    server = await startServer();
    browser = await launch();
    ({ context, page, errors } = await newPage(browser));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('size by PageRank, colour by community, a ranking that follows the slider, chart and report', async () => {
    await open('?tool=rank');
    await page.waitForSelector('#ranking-table tbody tr');
    const byActivity = await sizes();
    await page.selectOption('#size-by', 'pagerank');
    await page.waitForFunction(() => document.body.dataset.metrics?.startsWith('pagerank|'));
    await settled(page);
    assert.match(page.url(), /size=pagerank/);
    const byRank = await sizes();
    const changed = Object.keys(byRank).filter((id) => byRank[id] !== byActivity[id]);
    assert.ok(changed.length > 0, 'some node sizes change');
    const metrics = await api<Metrics>('/api/analytics/metrics?metrics=pagerank');
    const top = [...metrics.nodes].sort((a, b) => b.pagerank - a.pagerank)[0];
    assert.equal(byRank[top.id], Math.max(...Object.values(byRank)), `${top.id} (highest PageRank) is the largest node`);
    const rows = await rankingRows();
    assert.equal(rows.length, 10);
    assert.ok(rows[0].startsWith(top.id), `ranking starts with ${top.id}: ${rows[0]}`);
    await page.waitForSelector('#metric-chart canvas', { timeout: 15_000 });

    await page.selectOption('#color-by', 'community');
    await page.waitForFunction(() => document.body.dataset.metrics?.includes('|community|'));
    const communities = await api<Metrics>('/api/analytics/metrics?metrics=community');
    assert.equal(await page.locator('#legend ul').first().locator('li').count(), communities.communities.length, 'one legend entry per community');
    const colours = await page.evaluate(() => new Set(window.__cy!.nodes('.by-community').map((n) => n.style('background-color'))).size);
    assert.ok(colours >= Math.min(2, communities.communities.length), `${colours} community colours drawn`);
    await screenshot(page, '10-rank-pagerank-community');

    // The slider: the start thumb to the last month; the ranking follows the window.
    const before = await metricsKey();
    await page.focus('#range-from');
    await page.keyboard.press('End');
    await page.waitForFunction((b) => document.body.dataset.metrics !== b && location.search.includes('from='), before);
    await settled(page);
    const url = new URL(page.url());
    const windowed = await api<Metrics>(`/api/analytics/metrics?metrics=pagerank&from=${url.searchParams.get('from')}&to=${url.searchParams.get('to')}`);
    const after = await rankingRows();
    assert.notDeepEqual(after, rows, 'the ranking changed with the window');
    const windowTop = [...windowed.nodes].sort((a, b) => b.pagerank - a.pagerank || a.label.localeCompare(b.label))[0];
    assert.ok(after[0].startsWith(windowTop.id), `window ranking starts with ${windowTop.id}: ${after[0]}`);
    await screenshot(page, '11-rank-window');

    // The report carries the ranking table and the chart as a picture.
    await page.click('#export-button');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-export="report"]')]);
    const report = readFileSync((await download.path())!, 'utf8');
    assert.match(report, /<table class="ranking">[\s\S]*<td>1<\/td>/);
    assert.equal((report.match(/src="data:image\/png;base64,[A-Za-z0-9+/=]{500,}"/g) ?? []).length, 2, 'network picture and chart');
    assert.deepEqual(errors, [], 'no page errors');
  });

  test('Japanese interface: text, country labels, dates, URL, reload and remembered choice', async () => {
    await open('?mode=date&at=2010-06-30');
    await page.selectOption('#lang-select', 'ja');
    await page.waitForFunction(() => location.search.includes('lang=ja'));
    await settled(page);
    assert.equal(await page.textContent('#tab-filters'), '絞り込み');
    assert.equal(await page.textContent('#ingest-button'), '記事を追加');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
    assert.equal(await page.evaluate(() => window.__cy!.getElementById('country:VN').data('display')), 'ベトナム');
    assert.match(await page.textContent('#current-date') ?? '', /2010年6月/);
    assert.match(await page.textContent('#counts') ?? '', /ノード \d+ 件/);
    await screenshot(page, '12-japanese');
    await page.reload();
    await settled(page);
    assert.equal(await page.textContent('#tab-filters'), '絞り込み');
    assert.equal(await page.evaluate(() => window.__cy!.getElementById('country:VN').data('display')), 'ベトナム');
    // A link without lang= opens in the remembered language, and the URL then carries it.
    await open();
    await page.waitForFunction(() => location.search.includes('lang=ja'));
    assert.equal(await page.textContent('#tab-path'), '経路');
    await page.selectOption('#lang-select', 'es');
    await page.waitForFunction(() => location.search.includes('lang=es'));
    assert.equal(await page.textContent('#tab-filters'), 'Filtros');
    await page.selectOption('#lang-select', 'en');
    await page.waitForFunction(() => !location.search.includes('lang='));
    assert.equal(await page.textContent('#tab-filters'), 'Filters');
  });

  test('clear states: unreachable server, empty window, no search result, slow request with cancel', async () => {
    await page.route('**/api/stats', (route) => route.abort());
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#empty[data-kind="unreachable"]:not([hidden])');
    assert.match(await page.textContent('#empty') ?? '', /cannot be reached/);
    await page.unroute('**/api/stats');

    await open('?from=1948-01&to=1948-12'); // before the first dated event (1949)
    await page.waitForSelector('#empty[data-kind="window"]:not([hidden])');
    await screenshot(page, '13-empty-window');
    await page.click('#empty button');
    await page.waitForFunction(() => !location.search.includes('from='));
    await settled(page);
    assert.equal(await page.isHidden('#empty'), true);

    await page.fill('#search-input', 'zzqxv');
    await page.waitForSelector('#search-results li[aria-disabled]');
    await page.fill('#search-input', '');

    // Slow requests show progress after half a second and can be cancelled.
    await page.route('**/api/network**', async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue().catch(() => undefined);
    });
    await page.click('#tab-filters');
    await page.evaluate(() => (document.querySelector('#relayout') as HTMLElement).blur());
    await page.keyboard.press(']'); // shortcut: window one month forward → /api/network?from&to
    await page.waitForSelector('#slow-request:not([hidden]) #cancel-requests', { timeout: 5000 });
    await page.click('#cancel-requests');
    await page.waitForSelector('#slow-request', { state: 'hidden', timeout: 5000 });
    await page.unroute('**/api/network**');
    assert.match(page.url(), /from=/, 'the ] shortcut moved the window');
  });

  test('help panel, introduction and shortcuts by keyboard', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const p = await fresh.newPage();
    await p.goto(`${server.url}/`);
    await settled(p);
    assert.equal(await p.isVisible('#intro'), true, 'introduction on the first visit');
    await p.click('#intro-dismiss');
    await p.reload();
    await settled(p);
    assert.equal(await p.isHidden('#intro'), true, 'dismissal is remembered');
    await p.keyboard.press('?');
    await p.waitForSelector('#help-dialog[open] #shortcut-table');
    const keys = await p.$$eval('#shortcut-table kbd', (k) => k.map((e) => e.textContent));
    for (const k of ['/', 'p', '[', ']', 'e', '?']) assert.ok(keys.includes(k), `help lists ${k}`);
    await screenshot(p, '14-help');
    await p.keyboard.press('Escape');
    await p.keyboard.press('/');
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'search-input');
    await p.evaluate(() => (document.activeElement as HTMLElement).blur());
    await p.keyboard.press('e');
    assert.equal(await p.getAttribute('#export-button', 'aria-expanded'), 'true');
    await p.keyboard.press('Escape');
    await fresh.close();
  });

  test('axe-core finds no serious or critical violations in the main views', async () => {
    // The server's CSP forbids inline scripts, which is how addScriptTag injects axe.
    const scan = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const p = await scan.newPage();
    let injected = false;
    const run = async (view: string) => {
      if (!injected) await p.addScriptTag({ path: AXE }), (injected = true);
      const result = await p.evaluate(() => (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })) as AxeResult;
      assert.ok(result.passes.length > 20, `${view}: axe ran its rules (${result.passes.length} passed)`);
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], `${view}: serious or critical violations`);
    };
    // One page load; the views are reached the way a user reaches them (tabs, selection, "?").
    await p.goto(`${server.url}/?sel=country:VN&tool=rank&color=community&lang=ja`);
    await settled(p);
    await p.waitForSelector('#details h2');
    await p.waitForSelector('#ranking-table');
    await run('ranking + details (ja)');
    for (const tool of ['path', 'compare', 'table', 'filters']) {
      await p.click(`#tab-${tool}`);
      await p.waitForFunction((t) => !document.querySelector<HTMLElement>(`#tool-${t}`)!.hidden, tool);
      await run(tool);
    }
    await p.keyboard.press('?');
    await p.waitForSelector('#help-dialog[open]');
    await run('help');
    await p.keyboard.press('Escape');
    await p.click('#ingest-button');
    await run('ingest dialog');
    await scan.close();
  });
});
