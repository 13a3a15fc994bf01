// The explorer in real Chromium against the real server and embedded store (seeded data):
// render, time slider, paths, edge evidence, exports, URL state, comparison, ingest, escaping.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildClient, hasChromium, CHROMIUM, launch, newPage, screenshot, settled, startServer, visibleCounts, type Running, getJson, openApp } from './harness.js';

if (!hasChromium) console.warn(`e2e: SKIPPED — no Chromium at ${CHROMIUM} (set CHROMIUM_PATH to run the browser tests)`);

declare global {
  interface Window { __xss?: number }
}

describe('Entente explorer in Chromium', { skip: !hasChromium }, () => {
  let server: Running;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const api = <T>(path: string) => getJson<T>(server.url, path);
  const open = (query = '') => openApp(page, server.url, query);
  const pick = async (input: string, text: string, list: string) => {
    await page.fill(input, text);
    const option = page.locator(`${list} li[role=option]:not([aria-disabled])`).first();
    await option.waitFor({ timeout: 10_000 });
    await option.click();
  };

  before(async () => {
    buildClient();
    server = await startServer();
    browser = await launch();
    ({ page, errors } = await newPage(browser));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the seed network renders with every node and tie the API returns', async () => {
    const network = await api<{ nodes: unknown[]; edges: unknown[] }>('/api/network');
    assert.ok(network.nodes.length > 10, 'the seeds give a network to draw');
    await open();
    const counts = await visibleCounts(page);
    assert.equal(counts.nodes, network.nodes.length);
    assert.equal(counts.edges, network.edges.length);
    assert.match(await page.textContent('#counts') ?? '', new RegExp(`${network.nodes.length} nodes`));
    assert.ok(await page.isVisible('#legend li'), 'legend is shown');
    await screenshot(page, '01-network');
    assert.deepEqual(errors, [], 'no page errors');
  });

  test('the time slider changes what is shown', async () => {
    await open();
    const all = await visibleCounts(page);
    // Keyboard: the start thumb to the last month, which drags the end thumb with it.
    await page.focus('#range-from');
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search.includes('from='));
    await settled(page);
    const url = new URL(page.url());
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    const windowed = await api<{ nodes: unknown[]; edges: unknown[] }>(`/api/network?from=${from}&to=${to}`);
    const shown = await visibleCounts(page);
    assert.ok(shown.nodes < all.nodes, `window ${from}–${to} shows fewer nodes (${shown.nodes} < ${all.nodes})`);
    assert.equal(shown.nodes, windowed.nodes.length);
    assert.equal(shown.edges, windowed.edges.length);
    assert.equal(await page.textContent('#counts'), `${windowed.nodes.length} nodes · ${windowed.edges.length} ties shown`);
    assert.match(await page.textContent('#current-date') ?? '', /\d{4}/);
    await screenshot(page, '02-time-window');
    // Back to all time through the button.
    await page.click('#time-reset');
    await page.waitForFunction(() => !location.search.includes('from='));
    await settled(page);
    assert.equal((await visibleCounts(page)).nodes, all.nodes);
  });

  test('a single date shows the snapshot as of that date', async () => {
    await open('?mode=date&at=2010-06-30');
    const snapshot = await api<{ nodes: unknown[]; edges: unknown[] }>('/api/snapshot?at=2010-06-30');
    assert.equal((await visibleCounts(page)).nodes, snapshot.nodes.length);
    assert.equal(await page.textContent('#counts'), `${snapshot.nodes.length} nodes · ${snapshot.edges.length} ties shown`);
    assert.match(await page.textContent('#current-date') ?? '', /Jun 2010/);
  });

  test('play steps the window through time, pause stops it', async () => {
    await open();
    await page.click('#play');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('from'));
    const first = new URL(page.url()).searchParams.get('from');
    await page.waitForFunction((f) => new URLSearchParams(location.search).get('from') !== f, first, { timeout: 10_000 });
    await page.click('#play');
    assert.equal(await page.getAttribute('#play', 'aria-pressed'), 'false');
    const stopped = page.url();
    await page.waitForTimeout(1500);
    assert.equal(page.url(), stopped, 'nothing moves after pause');
  });

  test('expand neighbours shows the ego network of the selected country', async () => {
    await open('?sel=country:VN');
    await page.waitForSelector('#details h2');
    await page.click('#details button.primary');
    await page.waitForFunction(() => location.search.includes('ego=country:VN'));
    await settled(page);
    const ego = await api<{ nodes: unknown[]; edges: unknown[] }>('/api/ego/country%3AVN?depth=1');
    const shown = await visibleCounts(page);
    assert.equal(shown.nodes, ego.nodes.length);
    assert.equal(shown.edges, ego.edges.length);
    assert.match(await page.textContent('#banner') ?? '', /Neighbourhood of Vietnam/);
  });

  test('a path query highlights the path and lists its hops', async () => {
    await open('?tool=path');
    await pick('#path-source', 'ベトナム', '#path-source-list');
    await pick('#path-target', 'France', '#path-target-list');
    await page.click('#path-find');
    await page.waitForSelector('#path-results .path-card', { timeout: 15_000 }).catch(async (error) => {
      throw new Error(`${error.message}\nURL ${page.url()}\npath panel: ${await page.textContent('#tool-path')}\n${errors.join('\n')}`);
    });
    await settled(page);
    const onPath = await page.evaluate(() => window.__cy!.nodes('.on-path').map((n) => n.id()));
    assert.ok(onPath.includes('country:VN') && onPath.includes('country:FR'), `path nodes: ${onPath.join(', ')}`);
    assert.ok((await page.evaluate(() => window.__cy!.edges('.on-path').length)) >= 1, 'a path edge is highlighted');
    assert.ok((await page.evaluate(() => window.__cy!.nodes('.faded').length)) > 0, 'the rest is faded');
    assert.match(page.url(), /ps=country:VN/);
    await screenshot(page, '03-path');
  });

  test('clicking a tie shows every event between the two with evidence', async () => {
    await open();
    const target = await page.evaluate(() => {
      const cy = window.__cy!;
      const nodes = cy.nodes(':visible');
      // A tie whose midpoint is not covered by a node, so the click lands on the edge.
      const edge = cy.edges(':visible').toArray()
        .filter((e) => e.data('meetings') + e.data('pacts') > 0)
        .sort((a, b) => b.renderedBoundingBox({}).w + b.renderedBoundingBox({}).h - a.renderedBoundingBox({}).w - a.renderedBoundingBox({}).h)
        .find((e) => {
          const m = e.renderedMidpoint();
          const covered = nodes.some((n) => {
            const bb = n.renderedBoundingBox({ includeLabels: true });
            return m.x > bb.x1 - 4 && m.x < bb.x2 + 4 && m.y > bb.y1 - 4 && m.y < bb.y2 + 4;
          });
          // Another tie crossing near the midpoint would take the click (layouts are random).
          const crossed = cy.edges(':visible').toArray().some((o) => {
            if (o.same(e) || (o.source().same(e.source()) && o.target().same(e.target()))) return false;
            const a = o.source().renderedPosition();
            const b = o.target().renderedPosition();
            const dx = b.x - a.x, dy = b.y - a.y;
            const t = Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
            return Math.hypot(a.x + t * dx - m.x, a.y + t * dy - m.y) < 8;
          });
          return !covered && !crossed;
        });
      if (!edge) return null;
      const m = edge.renderedMidpoint();
      return { id: edge.id(), x: m.x, y: m.y, source: edge.data('source'), target: edge.data('target') };
    });
    assert.ok(target, 'found a clickable tie');
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    // The click selects a tie (ids of ties contain "|"); parallel ties may share the spot.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sel')?.includes('|'), undefined, { timeout: 10_000 });
    const selected = new URL(page.url()).searchParams.get('sel')!;
    const [source, targetId] = await page.evaluate((id) => [window.__cy!.getElementById(id).data('source'), window.__cy!.getElementById(id).data('target')], selected);
    assert.ok(target.id === selected || (source === target.source && targetId === target.target), `clicked ${target.id}, selected ${selected}`);
    await page.waitForSelector('#details .event', { timeout: 15_000 });
    const pair = await api<{ total: number }>(`/api/pairs/${encodeURIComponent(source)}/${encodeURIComponent(targetId)}/events?limit=1`);
    await page.waitForFunction((n) => document.querySelectorAll('#details .event').length === Math.min(n, 20), pair.total, { timeout: 15_000 });
    assert.match(await page.textContent('#details') ?? '', new RegExp(`${pair.total} events? between`));
    const quotes = await page.locator('#details blockquote').count();
    assert.ok(quotes > 0, 'at least one evidence quote');
    await screenshot(page, '04-edge-evidence');
  });

  test('exports: PNG, SVG, CSV, GraphML and the report are well formed', async () => {
    await open();
    const counts = await visibleCounts(page);
    const grab = async (id: string) => {
      await page.click('#export-button');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-export="${id}"]`)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };
    const png = await grab('png');
    assert.match(png.name, /^entente-network-.*\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.bytes.length > 5000, `PNG has content (${png.bytes.length} bytes)`);
    const width = png.bytes.readUInt32BE(16);
    assert.ok(width > 200, `PNG width ${width}`);

    const svg = (await grab('svg')).bytes.toString('utf8');
    assert.match(svg, /<svg[\s\S]*<\/svg>\s*$/);
    assert.ok((svg.match(/<path|<circle|<ellipse|<polygon/g) ?? []).length >= counts.nodes, 'SVG draws every node');

    const nodesCsv = (await grab('nodes.csv')).bytes.toString('utf8').trim().split(/\r\n/);
    assert.equal(nodesCsv[0], 'id,kind,label,display,code,region,lat,lon,weight');
    assert.equal(nodesCsv.length - 1, counts.nodes);
    const edgesCsv = (await grab('edges.csv')).bytes.toString('utf8').trim().split(/\r\n/);
    assert.equal(edgesCsv.length - 1, counts.edges);

    const graphml = await grab('graphml');
    assert.match(graphml.name, /\.graphml$/);
    assert.match(graphml.bytes.toString('utf8'), /<graphml[\s\S]*<node /);

    const report = (await grab('report')).bytes.toString('utf8');
    assert.match(report, /^<!doctype html>/i);
    assert.match(report, /<img alt="[^"]+" src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}"/);
    assert.match(report, /Legend[\s\S]*Time window and filters[\s\S]*<table>[\s\S]*<td>/);
    // The events behind the ties on screen, each with the sentence that supports it.
    assert.match(report, /<q>[^<]{10,}<\/q>/, 'the report quotes its sources');
    assert.doesNotMatch(report, /<script/i);
  });

  test('the URL reproduces the view after a reload, and Back undoes a step', async () => {
    await open();
    await page.click('#layout-geo');
    await page.selectOption('#lang-select', 'ja');
    await page.click('#tab-table');
    await page.waitForFunction(() => location.search.includes('layout=geo') && location.search.includes('lang=ja'));
    await settled(page);
    await page.fill('#search-input', '日本');
    await page.locator('#search-results li[role=option]').first().click();
    await page.waitForFunction(() => location.search.includes('sel=country:JP'));
    await settled(page);
    await screenshot(page, '05-map-japanese');
    const snapshot = () => page.evaluate(() => ({
      search: location.search,
      lang: (document.querySelector('#lang-select') as HTMLSelectElement).value,
      geo: document.querySelector('#layout-geo')?.getAttribute('aria-pressed'),
      selected: window.__cy!.$(':selected').map((n) => n.id()),
      jp: window.__cy!.getElementById('country:JP').position(),
      label: window.__cy!.getElementById('country:JP').data('display'),
      detail: document.querySelector('#details h2')?.textContent,
      tableRows: document.querySelectorAll('#nodes-table tbody tr').length,
    }));
    await page.waitForSelector('#details h2');
    const before = await snapshot();
    assert.equal(before.label, '日本');
    assert.ok(before.tableRows > 0, 'the text alternative lists the nodes');
    await page.reload();
    await settled(page);
    await page.waitForSelector('#details h2');
    const afterReload = await snapshot();
    assert.deepEqual(afterReload, before);

    await page.goBack(); // undo the selection
    await page.waitForFunction(() => !location.search.includes('sel='));
    assert.equal(await page.isHidden('#details'), true);
    await page.goBack(); // undo the table tab
    await page.goBack(); // undo the language
    await page.waitForFunction(() => !location.search.includes('lang='));
    assert.equal(await page.inputValue('#lang-select'), 'en');
    assert.equal(await page.evaluate(() => window.__cy!.getElementById('country:JP').data('display')), 'Japan');
  });

  test('switching layouts keeps the selection and the force positions', async () => {
    await open('?sel=country:JP');
    await page.waitForSelector('#details h2');
    const force = await page.evaluate(() => window.__cy!.getElementById('country:JP').position());
    await page.click('#layout-geo');
    await page.waitForFunction(() => location.search.includes('layout=geo'));
    await settled(page);
    const geo = await page.evaluate(() => window.__cy!.getElementById('country:JP').position());
    assert.notDeepEqual(geo, force);
    // Japan lies east of France on the map.
    assert.ok(await page.evaluate(() => window.__cy!.getElementById('country:JP').position().x > window.__cy!.getElementById('country:FR').position().x));
    assert.deepEqual(await page.evaluate(() => window.__cy!.$(':selected').map((n) => n.id())), ['country:JP']);
    assert.equal(await page.isVisible('#details'), true);
    await page.click('#layout-force');
    await page.waitForFunction(() => !location.search.includes('layout=geo'));
    await page.waitForTimeout(700); // the preset animation
    const back = await page.evaluate(() => window.__cy!.getElementById('country:JP').position());
    assert.ok(Math.abs(back.x - force.x) < 1 && Math.abs(back.y - force.y) < 1, 'force positions restored');
    assert.deepEqual(await page.evaluate(() => window.__cy!.$(':selected').map((n) => n.id())), ['country:JP']);
  });

  test('every control has an accessible name and keyboard focus is visible', async () => {
    await open();
    for (const tool of ['filters', 'path', 'compare']) {
      await page.click(`#tab-${tool}`);
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role=tab], [role=combobox]')]
          .filter((el) => el.offsetParent !== null)
          .filter((el) => {
            const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length || el.closest('label');
            return !labelled && !(el.textContent ?? '').trim() && !el.getAttribute('title');
          })
          .map((el) => el.outerHTML.slice(0, 80)));
      assert.deepEqual(unnamed, [], `controls without a name on the ${tool} tab`);
    }
    await page.click('#tab-filters');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-path');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'focused tab shows an outline');
  });

  test('comparing two dates marks added ties', async () => {
    await open('?tool=compare');
    await page.fill('#compare-at1', '2012-01-01');
    await page.fill('#compare-at2', '2024-12-31');
    await page.click('#compare-run');
    await page.waitForSelector('#diff-summary', { timeout: 15_000 });
    await settled(page);
    const diff = await api<{ added: { edges: unknown[] } }>('/api/diff?at1=2012-01-01&at2=2024-12-31');
    const marked = await page.evaluate(() => window.__cy!.edges('.diff-added').length);
    assert.ok(diff.added.edges.length > 0);
    assert.ok(marked > 0 && marked <= diff.added.edges.length, `${marked} added ties marked of ${diff.added.edges.length}`);
    // Bloc changes (analytics API) are listed under the counts.
    const blocs = await api<{ moved: unknown[] }>('/api/analytics/blocs/changes?at1=2012-01-01&at2=2024-12-31&limit=5');
    await page.waitForSelector('#compare-blocs h3', { timeout: 15_000 });
    assert.equal(await page.locator('#bloc-moves li').count(), Math.min(10, blocs.moved.length));
    await screenshot(page, '06-compare');
  });

  test('an article pasted in the browser is reviewed, loaded and appears in the graph', async () => {
    await open();
    const tieBefore = await page.evaluate(() => window.__cy!.getElementById('country:MN').edgesWith(window.__cy!.getElementById('country:IS')).length);
    assert.equal(tieBefore, 0, 'no Mongolia–Iceland tie in the seeds');
    await page.click('#ingest-button');
    await page.fill('#ingest-text', 'ULAANBAATAR, March 3 (Entente e2e) - The foreign ministers of Mongolia and Iceland met in Ulaanbaatar on Monday and agreed to deepen geothermal energy cooperation, the two governments said.');
    await page.fill('#ingest-published', '2025-03-04');
    await page.click('#ingest-review-button');
    await page.waitForSelector('#ingest-events li', { timeout: 20_000 });
    assert.match(await page.textContent('#ingest-events') ?? '', /IS|MN|Iceland|Mongolia/);
    await screenshot(page, '07-ingest-review');
    await page.click('#ingest-load-button');
    await page.waitForFunction(() => window.__cy!.getElementById('country:MN').length > 0 && window.__cy!.getElementById('country:MN').edgesWith(window.__cy!.getElementById('country:IS')).length > 0, undefined, { timeout: 30_000 });
    assert.equal(await page.isVisible('#ingest-dialog'), false);
  });

  test('a name containing <script> renders as text', async () => {
    const name = '<script>window.__xss=1</script> Smith';
    const res = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: 'entente-interchange', version: 1,
        documents: [{ id: 'doc:0123456789abcdef01234567', title: 'E2E <b>title</b>', lang: 'en', published: '2025-02-01', source: { name: 'E2E' }, text: 'A test record.' }],
        entities: { persons: [{ name, country: 'IS' }], organizations: [] },
        events: [{ type: 'meeting', kind: 'talks', date: '2025-02-01', participants: [{ type: 'country', code: 'IS' }, { type: 'country', code: 'NZ' }, { type: 'person', name, country: 'IS' }],
          evidence: [{ documentId: 'doc:0123456789abcdef01234567', start: 0, end: 14, quote: '<img src=x onerror="window.__xss=2"> quoted' }] }],
      }),
    });
    assert.equal(res.status, 200, await res.text());
    await open('?persons=1');
    const scripts = await page.evaluate(() => document.scripts.length);
    await page.fill('#search-input', 'Smith');
    await page.locator('#search-results li[role=option]').first().click();
    await page.waitForSelector('#details h2');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('Smith'));
    assert.equal(await page.textContent('#details h2'), name);
    // The tie Iceland–New Zealand carries the quote with markup in it.
    await page.evaluate(() => {
      const cy = window.__cy!;
      const edge = cy.getElementById('country:IS').edgesWith(cy.getElementById('country:NZ')).filter((e) => e.data('relation') === 'met')[0];
      edge.emit('tap');
    });
    await page.waitForSelector('#details blockquote', { timeout: 15_000 }).catch(async (error) => {
      throw new Error(`${error.message}\nURL ${page.url()}\ndetails: ${await page.textContent('#details')}\n${errors.join('\n')}`);
    });
    assert.match(await page.locator('#details blockquote').first().textContent() ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('#details img').count(), 0);
    assert.equal(await page.evaluate(() => document.scripts.length), scripts);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await screenshot(page, '08-markup-as-text');
  });
});
