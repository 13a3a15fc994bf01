// The analytics API end to end: a real embedded store filled through the write planner, the
// router on a real HTTP server on 127.0.0.1, responses checked against the zod schemas.
// Story of the data: in 2010 two blocs meet among themselves (JP KR AU PH US / CN RU KZ IR VN)
// with one US–CN bridge; by 2020 Viet Nam meets the first bloc instead.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { createAnalytics, type Analytics } from '../../server/analytics/analytics-service.js';
import { loadConfig, type Config } from '../../server/config.js';
import { Interchange, type InterchangeInput } from '../../server/domain/interchange/schema.js';
import { planWrites } from '../../server/domain/interchange/plan.js';
import { problemHandler } from '../../server/http/problem.js';
import { analyticsRouter } from '../../server/http/analytics/routes.js';
import { BlocChangesResponse, MetricsResponse, SeriesResponse } from '../../server/http/analytics/schema.js';
import type { GraphStore } from '../../server/store/graph-store.js';

const STORE_INDEX = path.resolve('server/store/index.ts');
const hasStore = existsSync(STORE_INDEX);
if (!hasStore) console.warn('analytics/analytics-api: skipped, the embedded store (server/store/index.ts openStore) is not there yet');
const describeWithStore = hasStore ? describe : describe.skip;

const A = ['JP', 'KR', 'AU', 'PH', 'US'];
const B2010 = ['CN', 'RU', 'KZ', 'IR', 'VN'];
const B2020 = ['CN', 'RU', 'KZ', 'IR'];

const meeting = (date: string, codes: string[], note: string) => ({
  type: 'meeting' as const,
  kind: 'multilateral' as const,
  date,
  participants: codes.map((code) => ({ type: 'country' as const, code })),
  source: { citation: `analytics test data: ${note}` },
  curated: true,
});

function dataset(): InterchangeInput {
  const events = [];
  for (const [year, second] of [['2010', B2010], ['2020', B2020]] as const) {
    const first = year === '2010' ? A : [...A, 'VN'];
    for (const month of ['03', '06', '09']) {
      events.push(meeting(`${year}-${month}-10`, first, `${year} first bloc`));
      events.push(meeting(`${year}-${month}-20`, second, `${year} second bloc`));
    }
    events.push({ ...meeting(`${year}-11-01`, ['US', 'CN'], `${year} bridge`), kind: 'summit' as const });
  }
  return { events };
}

describeWithStore('analytics API on a real embedded store', () => {
  let dir: string;
  let store: GraphStore;
  let server: Server;
  let base: string;
  let analytics: Analytics;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'entente-analytics-'));
    // A variable specifier: the adapter may not exist yet, and then this suite is skipped.
    const specifier = '../../server/store/index.js';
    const { openStore } = (await import(specifier)) as { openStore: (config: Config) => Promise<GraphStore> };
    store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir, ENTENTE_NO_SEED: '1' }));
    for (const batch of planWrites(Interchange.parse(dataset()))) await store.writeBatch(batch);
    analytics = createAnalytics({ store });
    const app = express();
    app.use('/api/analytics', analyticsRouter({ store, analytics }));
    app.use(problemHandler());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/analytics`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (pathAndQuery: string) => {
    const res = await fetch(base + pathAndQuery);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.json() };
  };

  test('GET /metrics of 2010: ten countries, two blocs, PageRank summing to 1, the implementation named', async () => {
    const { status, body } = await get('/metrics?from=2010&to=2010');
    expect(status).toBe(200);
    const r = MetricsResponse.parse(body);
    expect(r.implementation).toBe('graphology');
    expect(r.window).toEqual({ from: '2010', to: '2010' });
    expect(r.nodes.map((n) => n.id).sort()).toEqual([...A, ...B2010].map((c) => `country:${c}`).sort());
    expect(r.nodes.reduce((s, n) => s + n.pagerank!, 0)).toBeCloseTo(1, 9);
    expect(r.communities.map((c) => c.members.sort())).toEqual(expect.arrayContaining([A.map((c) => `country:${c}`).sort(), B2010.map((c) => `country:${c}`).sort()]));
    const top = [...r.nodes].sort((x, y) => y.betweenness! - x.betweenness!).slice(0, 2).map((n) => n.id).sort();
    expect(top).toEqual(['country:CN', 'country:US']);
    expect(r.nodes.find((n) => n.id === 'country:JP')).toMatchObject({ label: 'Japan', degree: 4, weightedDegree: 12 });
  });

  test('GET /metrics with a metrics subset and a filter returns only those fields', async () => {
    const { status, body } = await get('/metrics?from=2010&to=2010&metrics=degree&countries=VN');
    expect(status).toBe(200);
    const r = MetricsResponse.parse(body);
    expect(r.nodes.map((n) => n.id).sort()).toEqual(B2010.map((c) => `country:${c}`).sort());
    expect(r.nodes.every((n) => n.pagerank === undefined && n.degree !== undefined)).toBe(true);
  });

  test('GET /metrics/series: Viet Nam moves from the CN bloc to the JP bloc; empty years are null; labels stay aligned', async () => {
    const { status, body } = await get('/metrics/series?countries=VN,JP,CN&from=2010&to=2020&bucket=year&metric=pagerank,degree');
    expect(status).toBe(200);
    const r = SeriesResponse.parse(body);
    expect(r.periods.map((p) => p.period)).toEqual(Array.from({ length: 11 }, (_, i) => String(2010 + i)));
    const [vn, jp, cn] = ['country:VN', 'country:JP', 'country:CN'].map((id) => r.series.find((s) => s.id === id)!);
    const at = (s: typeof vn, year: string) => s.values.find((v) => v.period === year)!;
    expect(at(vn, '2010').community).toBe(at(cn, '2010').community);
    expect(at(vn, '2020').community).toBe(at(jp, '2020').community);
    expect(at(jp, '2020').community).toBe(at(jp, '2010').community);
    expect(at(cn, '2020').community).toBe(at(cn, '2010').community);
    expect(at(vn, '2015')).toEqual({ period: '2015', community: null, pagerank: null, degree: null });
    expect(at(vn, '2020').degree).toBe(5);
  });

  test('GET /metrics/series by month: a month without meetings is null', async () => {
    const { status, body } = await get('/metrics/series?countries=VN&from=2010-02&to=2010-04&bucket=month&metric=degree');
    expect(status).toBe(200);
    const r = SeriesResponse.parse(body);
    expect(r.series[0].values.map((v) => [v.period, v.degree])).toEqual([['2010-02', null], ['2010-03', 4], ['2010-04', null]]);
  });

  test('series results are cached per window and metrics: a second request computes nothing new', async () => {
    const misses = analytics.cache.misses;
    const { status } = await get('/metrics/series?from=2010&to=2020&metric=degree,pagerank');
    expect(status).toBe(200);
    expect(analytics.cache.misses).toBe(misses); // the same 11 windows and metrics as before
    const again = await get('/metrics?from=2015&to=2015&metrics=community,degree,pagerank');
    expect(again.status).toBe(200);
    expect(analytics.cache.misses).toBe(misses);
  });

  test('GET /blocs/changes between 2010 and 2020 names Viet Nam as the actor that changed bloc', async () => {
    const { status, body } = await get('/blocs/changes?at1=2010&at2=2020&metric=degree&limit=10');
    expect(status).toBe(200);
    const r = BlocChangesResponse.parse(body);
    expect(r.moved.map((m) => m.id)).toEqual(['country:VN']);
    expect(r.moved[0].formerPartners).toEqual(['country:CN', 'country:IR', 'country:KZ', 'country:RU']);
    // Degree: VN 4 → 5 partners, every first-bloc member +1; CN, IR, KZ, RU lose VN.
    expect(r.rises.map((x) => [x.id, x.delta])).toEqual([...A, 'VN'].sort().map((c) => [`country:${c}`, 1]));
    expect(r.falls.map((x) => [x.id, x.delta])).toEqual(B2020.sort().map((c) => [`country:${c}`, -1]));
    expect(r.entered).toEqual([]);
  });

  test.each([
    ['/metrics/series?from=2020&to=2010', 422, 'to'],
    ['/metrics/series?from=2010&to=2020&countries=XX', 422, 'countries.0'],
    ['/metrics/series?from=1990&to=2030&bucket=month', 422, 'to'],
    ['/metrics/series?to=2020', 400, 'from'],
    ['/metrics?from=2010&to=2010&implementation=neo4j-gds', 422, 'implementation'],
    ['/metrics?metrics=closeness', 422, 'metrics.0'],
    ['/blocs/changes?at1=2010&at2=2010', 422, 'at2'],
  ])('%s → %i problem+json naming %s', async (url, status, field) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/^application\/problem\+json/);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });
});
