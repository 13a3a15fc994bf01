import { launch, newPage, settled, screenshot } from './harness.js';
const url = process.env.E2E_URL!;
const browser = await launch();
try {
  const { page, errors } = await newPage(browser);
  for (const [q, name] of [['?persons=1', 'scratch-persons'], ['?layout=geo', 'scratch-geo'], ['?layout=geo&lang=es&mode=date&at=2016-06-30', 'scratch-geo-es']]) {
    await page.goto(url + '/' + q);
    await settled(page);
    await screenshot(page, name);
  }
  console.log(errors);
} finally { await browser.close(); }
