// Query figures on a loaded graph, through the network services (server/network) in process and
// through the HTTP app (createApp on 127.0.0.1, asked by a client on its own thread, which times
// each request to its last byte) for the same query, so the HTTP overhead is a ratio measured side by side; and the ingestion of one typical article through the normal path
// (loadInterchange), with a check that repeating it changes nothing.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app.js';
import { inShape } from '../../../server/domain/network/columns.js';
import { NetworkQuery, PathQuery } from '../../../server/domain/network/schema.js';
import { hashOf } from '../../../server/domain/ids.js';
import { loadInterchange } from '../../../server/ingest/load.js';
import { egoColumnsOf } from '../../../server/network/ego.js';
import { networkColumnsOf } from '../../../server/network/network-of.js';
import { findPaths } from '../../../server/network/paths.js';
import type { GraphStore } from '../../../server/store/graph-store.js';
import type { WorldPlan } from '../../../server/synthetic/world.js';
import type { Results, StoreName } from '../lib/results.js';
import { httpClient } from '../lib/http-client.js';
import { timePairs, timeRuns, type Timing } from '../lib/stats.js';
import { quietestCountry } from '../lib/world.js';

export const HTTP_OVERHEAD_TARGET = 1.2;

/** A query as the client asks it; without a target, a figure for information. */
interface Case { key: string; label: string; targetMs?: number; url: string }

export function queryCases(plan: WorldPlan): Case[] {
  const year = String(plan.options.startYear + plan.options.years - 1);
  const small = quietestCountry(plan);
  const small2 = `country:${plan.countries[plan.countries.length - 2]}`;
  const enc = encodeURIComponent;
  return [
    // As the client asks for network views: as columns, without event ids (client/api/params.ts
    // baseRequest, client/api/client.ts getNetwork).
    { key: 'network-year', label: `network, one-year window (${year})`, targetMs: 150, url: `/api/network?from=${year}&to=${year}&shape=columns&eventIdsPerEdge=0` },
    { key: 'ego-2', label: `ego network depth 2 (US, ${year})`, targetMs: 50, url: `/api/ego/${enc('country:US')}?depth=2&from=${year}&to=${year}&shape=columns&eventIdsPerEdge=0` },
    { key: 'path-hub', label: `shortest path US → ${small.slice(8)} (hub to quietest)`, targetMs: 50, url: `/api/paths?source=country:US&target=${small}` },
    { key: 'path-small', label: `shortest path ${small2.slice(8)} → ${small.slice(8)} (two quiet)`, targetMs: 50, url: `/api/paths?source=${small2}&target=${small}` },
    { key: 'network-year-elements', label: `network, one-year window (${year}), as cytoscape elements (the API's default shape)`, url: `/api/network?from=${year}&to=${year}` },
    { key: 'pairs-50', label: 'who met whom US–CN, page of 50', targetMs: 20, url: `/api/pairs/${enc('country:US')}/${enc('country:CN')}/events?relations=met&limit=50` },
  ];
}

/** The service call a route makes for a URL, without Express: the "raw" side of the ratio. */
function directCall(url: string): (store: GraphStore) => Promise<unknown> {
  const u = new URL(url, 'http://x');
  const q = Object.fromEntries(u.searchParams);
  const parts = u.pathname.split('/').map(decodeURIComponent);
  const shape = q.shape === 'columns' ? 'columns' : 'elements';
  return async (store: GraphStore) => {
    if (parts[2] === 'network') return inShape(await networkColumnsOf(store, NetworkQuery.parse(q)), shape);
    if (parts[2] === 'ego') return inShape(await egoColumnsOf(store, parts[3], Number(q.depth), NetworkQuery.parse(q)), shape);
    if (parts[2] === 'paths') return findPaths(store, PathQuery.parse(q));
    if (parts[2] === 'pairs') return store.pairEvents(parts[3], parts[4], ['met'], {}, 0, Number(q.limit));
    throw new Error(`no direct call for ${url}`);
  };
}

export async function queryFigures(results: Results, store: GraphStore, storeName: StoreName, plan: WorldPlan, runs: number): Promise<void> {
  const server = createApp({ store }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = httpClient();
  // The answer's size, kept from the timed requests for the floor below.
  let bytes = 0;
  const get = async (url: string) => {
    const answer = await client.get(base + url);
    bytes = answer.bytes;
    return answer;
  };
  try {
    for (const c of queryCases(plan)) {
      const call = directCall(c.url);
      let direct: Timing, http: Timing;
      try {
        [direct, http] = await timePairs(() => call(store), () => get(c.url), runs);
      } catch (err) {
        results.add({ key: `query.${c.key}.p95`, label: `${c.label} p95 (HTTP)`, store: storeName, value: null, unit: 'ms', target: `≤ ${c.targetMs} ms`, pass: false, note: `failed: ${(err as Error).message.slice(0, 200)}` });
        continue;
      }
      const floor = await roundTripFloor(client, direct.median, bytes, Math.min(runs, 30));
      const note = `HTTP median ${http.median.toFixed(1)} ms; in-process median ${direct.median.toFixed(1)} ms, p95 ${direct.p95.toFixed(1)} ms; ${http.runs} HTTP / ${direct.runs} in-process runs; `
        + `overhead ${(http.median - direct.median).toFixed(1)} ms, of which this machine's floor (a bare node:http answer of the same ${floor.bytes} bytes after the same ${direct.median.toFixed(1)} ms of work, same client) ${floor.ms.toFixed(1)} ms`;
      const ratio = http.median / direct.median;
      if (c.targetMs === undefined) {
        results.add({ key: `query.${c.key}.p95`, label: `${c.label} p95 (HTTP)`, store: storeName, value: http.p95, unit: 'ms', note: `${note}; HTTP ÷ in-process ${ratio.toFixed(2)}×` });
        continue;
      }
      results.add({ key: `query.${c.key}.p95`, label: `${c.label} p95 (HTTP)`, store: storeName, value: http.p95, unit: 'ms', target: `≤ ${c.targetMs} ms`, pass: http.p95 <= c.targetMs, note });
      results.add({ key: `http.${c.key}`, label: `HTTP ÷ in-process (median), ${c.key}`, store: storeName, value: ratio, unit: '×', target: `≤ ${HTTP_OVERHEAD_TARGET}×`, pass: ratio <= HTTP_OVERHEAD_TARGET });
    }
  } finally {
    await client.close();
    server.close();
  }
}

/** What any HTTP answer costs here beyond the work behind it: a bare node:http server, asked by
 * the same client, holds its thread for `workMs` (as the query's in-process median does) and then
 * sends `bytes`; the floor is the round trip's median less `workMs`. On this 2-core VM a thread
 * woken after such a wait answers later than one kept busy, whatever the server does. */
async function roundTripFloor(client: ReturnType<typeof httpClient>, workMs: number, bytes: number, runs: number): Promise<{ ms: number; bytes: number }> {
  const body = Buffer.alloc(bytes, 0x20);
  const server = http.createServer((_req, res) => {
    const until = performance.now() + workMs;
    while (performance.now() < until);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes }).end(body);
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const t = await timeRuns(() => client.get(url), runs);
    return { ms: Math.max(0, t.median - workMs), bytes };
  } finally {
    server.close();
  }
}

/** A repeated view as the server answers it, behind its read cache and response cache
 * (server/main.ts composes them): for information, beside the cold figures above. */
export async function repeatFigures(results: Results, cached: GraphStore, storeName: StoreName, plan: WorldPlan, runs: number): Promise<void> {
  const server = createApp({ store: cached }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = httpClient();
  try {
    const c = queryCases(plan).find((q) => q.key === 'network-year')!;
    const t = await timeRuns(() => client.get(base + c.url), runs);
    results.add({ key: 'query.network-year.repeat.p95', label: `${c.label} repeated, p95 (HTTP, server caches)`, store: storeName, value: t.p95, unit: 'ms', note: `median ${t.median.toFixed(1)} ms; after the warm-up computes it, every request is answered from the response cache` });
  } finally {
    await client.close();
    server.close();
  }
}

/** One typical article: 5 meetings of two countries and one official each (15 participants).
 * `run` keeps runs apart, so a store kept from an earlier run still gets new articles. */
export function typicalArticle(plan: WorldPlan, n: number, run = '') {
  const id = `doc:${hashOf('bench-article', run, String(n)).slice(0, 32)}`;
  const sentence = 'The two foreign ministers met in the capital to discuss trade and security.';
  const text = Array.from({ length: 5 }, () => sentence).join(' ');
  const pick = (i: number) => plan.countries[(n * 7 + i * 13) % plan.countries.length];
  const events = Array.from({ length: 5 }, (_, i) => {
    const [a, b] = [pick(i), pick(i + 50)];
    const start = i * (sentence.length + 1);
    return {
      type: 'meeting' as const, kind: 'talks' as const, status: 'held' as const, date: `2024-06-${String(1 + ((n + i) % 28)).padStart(2, '0')}`, place: a,
      participants: [{ type: 'country' as const, code: a }, { type: 'country' as const, code: b }, { type: 'person' as const, name: `Bench Minister ${n}-${i}`, country: b, role: 'Foreign Minister' }],
      evidence: [{ documentId: id, start, end: start + sentence.length, quote: sentence, rule: 'bench' }],
    };
  });
  return { documents: [{ id, title: `Bench article ${n}`, lang: 'en' as const, published: '2024-06-30', source: { name: 'bench' }, text }], events };
}

export async function ingestFigures(results: Results, store: GraphStore, storeName: StoreName, plan: WorldPlan, runs: number): Promise<void> {
  const run = `${process.pid}-${Date.now()}`;
  const t = await timeRuns((i) => loadInterchange(store, typicalArticle(plan, i < 0 ? 1_000_000 - i : i, run)), runs);
  results.add({ key: 'ingest.article.p95', label: 'ingest one article (5 events, 15 participants) p95', store: storeName, value: t.p95, unit: 'ms', target: '≤ 50 ms', pass: t.p95 <= 50, note: `median ${t.median.toFixed(1)} ms; ${t.runs} distinct articles through loadInterchange` });
  // Idempotent: the same article again, and its events cited by another document.
  const before = await store.counts();
  const again = await loadInterchange(store, typicalArticle(plan, 0, run));
  const other = typicalArticle(plan, 0, run);
  const otherId = `doc:${hashOf('bench-article-copy', run).slice(0, 32)}`;
  other.documents[0].id = otherId;
  for (const e of other.events) for (const ev of e.evidence) ev.documentId = otherId;
  const cited = await loadInterchange(store, other);
  const after = await store.counts();
  // The second document adds itself and its evidence edges, nothing else.
  const ok = again.documents.skipped === 1 && again.nodesCreated === 0 && again.edgesCreated === 0 && cited.nodesCreated === 1 && after.nodes.persons === before.nodes.persons &&
    after.nodes.meetings === before.nodes.meetings && after.edges.attended === before.edges.attended && after.edges.ties === before.edges.ties;
  results.add({ key: 'ingest.idempotent', label: 'ingest idempotent (same article again; same events cited elsewhere)', store: storeName, value: ok ? 1 : 0, unit: 'yes/no', target: 'yes', pass: ok, note: ok ? undefined : `repeat: ${JSON.stringify(again)}; other document: ${JSON.stringify(cited)}` });
}
