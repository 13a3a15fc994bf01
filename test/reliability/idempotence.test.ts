// Loading the same things again changes nothing: the seeds, our own ja/es/en articles and
// overlapping interchange reports, each applied ten times to a real embedded store, leave every
// node, edge and property as after the first load; so does importing the store's own export.
import { interchangeFromRows } from '../../server/domain/interchange/from-batch.js';
import { ingestArticle } from '../../server/ingest/article.js';
import { extractArticle } from '../../server/extract/index.js';
import { loadInterchange, loadPath } from '../../server/ingest/load.js';
import { openTempStore, SEEDS_DIR, type TempStore } from '../http/seeded-store.fixtures.js';
import { ARTICLES, OVERLAPPING } from './articles.fixtures.js';
import { snapshotOf, sizes, type Snapshot } from './graph-snapshot.js';
import { report } from './reports.fixtures.js';
import { worldInterchange } from '../../server/synthetic/world.js';

const REPEATS = 10;
let t: TempStore;

beforeAll(async () => { t = await openTempStore({ seeded: false }); }, 60_000);
afterAll(async () => { await t?.close(); });

async function loadEverything(): Promise<void> {
  await loadPath(t.store, SEEDS_DIR);
  for (const a of [...ARTICLES, OVERLAPPING]) await ingestArticle(t.store, a, extractArticle);
  for (let i = 0; i < 12; i++) await loadInterchange(t.store, report(i));
  // Events without documents (dataset imports) are not skipped by a document check: the store's
  // own existence checks have to hold.
  for (const chunk of worldInterchange({ seed: 7, countries: SMALL_WORLD, persons: 20, meetings: 40, pacts: 10, years: 3, startYear: 2020, batchSize: 25 })) await loadInterchange(t.store, chunk);
}
const withoutTextLength = (s: Snapshot): Snapshot => ({ ...s, documents: s.documents.map((d) => d.replace(/,"textLength":\d+/, '')) });
const SMALL_WORLD = ['BR', 'AR', 'CL', 'PE', 'CO', 'UY', 'PY', 'BO'];

test(`seeds, articles and overlapping reports loaded ${REPEATS} times give the graph of one load`, async () => {
  await loadEverything();
  const first = await snapshotOf(t.store);
  const counts = await t.store.counts();
  // Every article produced events, and the second Helsinki report merged into the first one's meeting.
  expect(first.reportedIn.filter((r) => r.includes('"rule":"test"')).length).toBe(24);
  expect(counts.nodes.documents).toBe(13 + ARTICLES.length + 1 + 12);
  const helsinki = first.attended.filter((r) => r.includes('country:EE')).length;
  for (let i = 1; i < REPEATS; i++) await loadEverything();
  expect(await t.store.counts()).toEqual(counts);
  const after = await snapshotOf(t.store);
  expect(sizes(after)).toEqual(sizes(first));
  expect(after).toEqual(first);
  expect(after.attended.filter((r) => r.includes('country:EE')).length).toBe(helsinki);
}, 120_000);

test('the export (entente export --format json) loads into an empty store as the same graph, and again changes nothing', async () => {
  const before = await snapshotOf(t.store);
  const exported = JSON.parse(JSON.stringify(interchangeFromRows(await t.store.dump())));
  const fresh = await openTempStore({ seeded: false });
  try {
    await loadInterchange(fresh.store, exported, { source: 'export' });
    const copy = await snapshotOf(fresh.store);
    expect(sizes(copy)).toEqual(sizes(before));
    // The export carries no article text, so a document's textLength cannot survive it.
    expect(withoutTextLength(copy)).toEqual(withoutTextLength(before));
    for (let i = 0; i < 3; i++) await loadInterchange(fresh.store, exported, { source: 'export' });
    expect(await snapshotOf(fresh.store)).toEqual(copy);
  } finally {
    await fresh.close();
  }
}, 90_000);
