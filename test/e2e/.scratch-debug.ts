import { buildClient, launch, newPage, settled, screenshot, startServer } from './harness.js';
buildClient();
const server = await startServer();
const browser = await launch();
try {
  const { page, errors } = await newPage(browser);
  page.on('response', (r) => r.url().includes('/api/') && r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
  const name = '<script>window.__xss=1</script> Smith';
  const res = await fetch(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
        format: 'entente-interchange', version: 1,
        documents: [{ id: 'doc:0123456789abcdef01234567', title: 'E2E <b>title</b>', lang: 'en', published: '2025-02-01', source: { name: 'E2E' }, text: 'A test record.' }],
        entities: { persons: [{ name, country: 'IS' }], organizations: [] },
        events: [{ type: 'meeting', kind: 'talks', date: '2025-02-01', participants: [{ type: 'country', code: 'IS' }, { type: 'country', code: 'NZ' }, { type: 'person', name, country: 'IS' }],
          evidence: [{ documentId: 'doc:0123456789abcdef01234567', start: 0, end: 14, quote: '<img src=x onerror="window.__xss=2"> quoted' }] }] }) });
  console.log(res.status, await res.text());
  await page.goto(server.url + '/?persons=1');
  await settled(page);
  console.log(await page.evaluate(() => { const cy = window.__cy!; return cy.getElementById('country:IS').edgesWith(cy.getElementById('country:NZ')).map((e) => e.id() + ' ' + e.data('relation')); }));
  await page.evaluate(() => { const cy = window.__cy!; cy.getElementById('country:IS').edgesWith(cy.getElementById('country:NZ')).filter((e) => e.data('relation') === 'met')[0].emit('tap'); });
  await page.waitForTimeout(3000);
  console.log('EDGE', page.url(), (await page.textContent('#details'))?.slice(0, 800));
  const pair = await (await fetch(`${server.url}/api/pairs/country%3AIS/country%3ANZ/events`)).json();
  console.log(JSON.stringify(pair).slice(0, 500));
  const ev = await (await fetch(`${server.url}/api/events/${encodeURIComponent(pair.items[0].id)}`)).json();
  console.log(JSON.stringify(ev).slice(0, 900));
  console.log(errors);
} finally { await browser.close(); await server.stop(); }
