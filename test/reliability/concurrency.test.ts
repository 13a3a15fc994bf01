// Eight clients write overlapping documents to one real server at once (the same reports in
// different orders, plus the same articles): every request succeeds, no node is duplicated,
// reads keep answering during the writes, and the graph equals a sequential load's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import { ingestArticle } from '../../server/ingest/article.js';
import { extractArticle } from '../../server/extract/index.js';
import { loadInterchange } from '../../server/ingest/load.js';
import { openStore } from '../../server/store/index.js';
import { openTempStore } from '../http/seeded-store.fixtures.js';
import { ARTICLES, OVERLAPPING } from './articles.fixtures.js';
import { snapshotOf, sizes, type Snapshot } from './graph-snapshot.js';
import { report } from './reports.fixtures.js';
import { getJson, postJson, startServer, type ServerProcess } from './server-process.fixtures.js';

const CLIENTS = 8;
const REPORTS = Array.from({ length: 24 }, (_, i) => report(i));
const ARTICLE_BODIES = [...ARTICLES, OVERLAPPING];

let dir: string;
let server: ServerProcess | undefined;
let sequential: Snapshot;

beforeAll(async () => {
  const seq = await openTempStore({ seeded: false });
  try {
    for (const r of REPORTS) await loadInterchange(seq.store, r);
    for (const a of ARTICLE_BODIES) await ingestArticle(seq.store, a, extractArticle);
    sequential = await snapshotOf(seq.store);
  } finally {
    await seq.close();
  }
  dir = mkdtempSync(path.join(tmpdir(), 'entente-concurrency-'));
  server = await startServer({ ENTENTE_DATA_DIR: dir });
}, 90_000);

afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Client c posts every report and article, starting at a different point of the list. */
async function client(c: number, url: string): Promise<number[]> {
  const work: (() => Promise<number>)[] = [
    ...REPORTS.map((r) => async () => (await postJson(`${url}api/import`, r)).status),
    ...ARTICLE_BODIES.map((a) => async () => (await postJson(`${url}api/documents`, a)).status),
  ];
  const shift = (c * 5) % work.length;
  const ordered = [...work.slice(shift), ...work.slice(0, shift)];
  if (c % 2) ordered.reverse();
  const statuses: number[] = [];
  for (const w of ordered) statuses.push(await w());
  return statuses;
}

test(`${CLIENTS} concurrent writers: no errors, no duplicates, reads answer, same graph as a sequential load`, async () => {
  const url = server!.url;
  let writing = true;
  const reads: { status: number; ms: number }[] = [];
  const reader = (async () => {
    while (writing) {
      for (const p of ['api/health', 'api/network', 'api/network?from=2024-03&to=2024-03']) {
        const t0 = performance.now();
        const { status } = await getJson(url + p);
        reads.push({ status, ms: performance.now() - t0 });
      }
    }
  })();
  const statuses = (await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c, url)))).flat();
  writing = false;
  await reader;

  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(statuses).toHaveLength(CLIENTS * (REPORTS.length + ARTICLE_BODIES.length));
  expect(reads.length).toBeGreaterThan(CLIENTS);
  expect(reads.filter((r) => r.status !== 200)).toEqual([]);
  console.info(`concurrency: ${statuses.length} writes, ${reads.length} reads during them, slowest read ${Math.round(Math.max(...reads.map((r) => r.ms)))} ms`);

  const health = (await getJson(`${url}api/health`)).body.counts;
  expect(health.documents).toBe(REPORTS.length + ARTICLE_BODIES.length);

  // The server shuts down cleanly and its directory holds the sequential graph, node for node.
  expect(await server!.stop()).toBe(0);
  const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }));
  try {
    const concurrent = await snapshotOf(store);
    expect(sizes(concurrent)).toEqual(sizes(sequential));
    expect(concurrent).toEqual(sequential);
    const ids = Object.values(concurrent).flat().map((r) => JSON.parse(r).id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  } finally {
    await store.close();
  }
}, 120_000);
