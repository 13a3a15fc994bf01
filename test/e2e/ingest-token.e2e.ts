// Writes from the browser on a server that requires a token: without it the load is refused
// with the server's explanation; with it the article is loaded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildClient, hasChromium, launch, newPage, settled, startServer, type Running } from './harness.js';

const TOKEN = 'e2e-secret-token-123';

describe('ingest with a bearer token', { skip: !hasChromium || !!process.env.E2E_URL }, () => {
  let server: Running;
  let browser: Browser;
  let page: Page;

  before(async () => {
    buildClient();
    server = await startServer({ ENTENTE_TOKEN: TOKEN });
    browser = await launch();
    ({ page } = await newPage(browser));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a load without the token is refused and one with it succeeds', async () => {
    await page.goto(server.url);
    await settled(page);
    await page.click('#ingest-button');
    await page.fill('#ingest-text', 'WELLINGTON, May 5 (Entente e2e) - The prime ministers of New Zealand and Mongolia met in Wellington on Tuesday to discuss agricultural trade, officials said.');
    await page.fill('#ingest-published', '2025-05-06');
    await page.click('#ingest-review-button');
    await page.waitForSelector('#ingest-events li, #ingest-review .error', { timeout: 20_000 });
    if (await page.isVisible('#ingest-review .error')) {
      // The server may treat dry runs as writes too: then the token is needed for the review.
      assert.match(await page.textContent('#ingest-review .error') ?? '', /token|auth|401|bearer/i);
      await page.fill('#ingest-token', TOKEN);
      await page.click('#ingest-review-button');
      await page.waitForSelector('#ingest-events li', { timeout: 20_000 });
      await page.fill('#ingest-token', '');
    }
    await page.click('#ingest-load-button');
    await page.waitForSelector('#ingest-review .error', { timeout: 20_000 });
    assert.match(await page.textContent('#ingest-review .error') ?? '', /token|auth|401|bearer/i);
    assert.equal(await page.isVisible('#ingest-dialog'), true, 'the dialog stays open with the error');

    await page.fill('#ingest-token', TOKEN);
    await page.click('#ingest-review-button');
    await page.waitForSelector('#ingest-events li', { timeout: 20_000 });
    await page.click('#ingest-load-button');
    await page.waitForFunction(() => {
      const cy = window.__cy!;
      return cy.getElementById('country:MN').edgesWith(cy.getElementById('country:NZ')).length > 0;
    }, undefined, { timeout: 30_000 });
  });
});
