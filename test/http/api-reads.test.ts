// The read API against a real embedded store loaded with the seeds.
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { fromColumns } from '../../server/domain/network/columns.js';
import { Network, NetworkColumns } from '../../server/domain/network/schema.js';
import { enc, openTempStore, type TempStore } from './seeded-store.fixtures.js';

let t: TempStore;
let app: Express;

beforeAll(async () => {
  t = await openTempStore({ seeded: true });
  app = createApp({ store: t.store });
}, 120_000);
afterAll(async () => { await t?.close(); });

type Net = { nodes: { data: { id: string; kind: string; weight: number } }[]; edges: { data: { id: string; source: string; target: string; relation: string; weight: number; firstDate: string; lastDate: string } }[] };

function expectConsistent(net: Net) {
  expect(Network.safeParse(net).success).toBe(true);
  const ids = new Set(net.nodes.map((n) => n.data.id));
  expect(ids.size).toBe(net.nodes.length);
  for (const { data: e } of net.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
  }
}

describe('health and stats', () => {
  test('health reports the embedded store and seeded counts', async () => {
    const res = await request(app).get('/api/health').expect(200).expect('content-type', /json/);
    expect(res.body.status).toBe('ok');
    expect(res.body.store.kind).toBe('embedded');
    expect(res.body.counts.countries).toBeGreaterThan(40);
    expect(res.body.counts.meetings).toBeGreaterThan(10);
    expect(res.body.counts.pacts).toBeGreaterThan(10);
    expect(res.body.counts.documents).toBeGreaterThanOrEqual(5);
  });

  test('stats: node and edge counts and an ordered time range', async () => {
    const res = await request(app).get('/api/stats').expect(200);
    expect(res.body.counts.nodes.persons).toBeGreaterThan(0);
    expect(res.body.counts.edges.ties).toBeGreaterThan(0);
    expect(res.body.timeRange.from < res.body.timeRange.to).toBe(true);
  });

  test('security headers: CSP allows only self for scripts', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/img-src 'self' data: blob:/);
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('search', () => {
  test.each([['ベトナム'], ['Vietnam']])('%s finds Vietnam', async (q) => {
    const res = await request(app).get('/api/search').query({ q }).expect(200);
    expect(res.body.items[0]).toMatchObject({ id: 'country:VN', kind: 'country' });
    expect(res.body.items[0].names.ja).toBe('ベトナム');
  });

  test('ブリンケン finds Antony Blinken', async () => {
    const res = await request(app).get('/api/search').query({ q: 'ブリンケン' }).expect(200);
    expect(res.body.items[0]).toMatchObject({ kind: 'person', label: 'Antony Blinken' });
  });

  test('limit caps the hits', async () => {
    const res = await request(app).get('/api/search').query({ q: 'a', limit: 3 }).expect(200);
    expect(res.body.items.length).toBeLessThanOrEqual(3);
  });
});

describe('entities and events', () => {
  test('an entity with names, counterparts and yearly activity', async () => {
    const res = await request(app).get(`/api/entities/${enc('country:JP')}`).expect(200);
    expect(res.body.entity).toMatchObject({ id: 'country:JP', kind: 'country', label: 'Japan', names: { ja: '日本' } });
    expect(res.body.entity.searchText).toBeUndefined();
    expect(res.body.counterparts.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['country:US', 'country:VN']));
    const years = res.body.timeline.map((y: { year: string }) => y.year);
    expect(years).toEqual([...years].sort());
    expect(res.body.timeline.reduce((s: number, y: { meetings: number; pacts: number }) => s + y.meetings + y.pacts, 0)).toBeGreaterThan(3);
  });

  test('a person lists the roles they held', async () => {
    const hit = (await request(app).get('/api/search').query({ q: 'Blinken' })).body.items[0];
    const res = await request(app).get(`/api/entities/${enc(hit.id)}`).expect(200);
    expect(res.body.roles.length).toBeGreaterThan(0);
    expect(res.body.roles[0]).toMatchObject({ country: 'country:US', countryLabel: expect.stringMatching(/^United States/) });
  });

  test('entity events page newest first and honour the window', async () => {
    const all = (await request(app).get(`/api/entities/${enc('country:VN')}/events`).query({ limit: 5 }).expect(200)).body;
    expect(all).toMatchObject({ offset: 0, limit: 5 });
    expect(all.total).toBeGreaterThan(5);
    const dates = all.items.map((e: { date: string | null }) => e.date ?? '');
    const next = (await request(app).get(`/api/entities/${enc('country:VN')}/events`).query({ limit: 5, offset: 5 }).expect(200)).body;
    expect(next.items.map((e: { id: string }) => e.id)).not.toContain(all.items[0].id);
    const in2023 = (await request(app).get(`/api/entities/${enc('country:VN')}/events`).query({ from: '2023', to: '2023' }).expect(200)).body;
    expect(in2023.total).toBeLessThan(all.total);
    // Meetings overlap the window; pacts count while in force, so they may be older.
    for (const e of in2023.items) if (e.date) expect(e.type === 'meeting' ? e.date.slice(0, 4) === '2023' : e.date.slice(0, 4) <= '2023').toBe(true);
    expect(dates.length).toBe(5);
  });

  test('an event with participants and evidence', async () => {
    const page = (await request(app).get(`/api/pairs/${enc('country:US')}/${enc('country:CN')}/events`).query({ relations: 'met', to: '2025-12-17' })).body;
    const res = await request(app).get(`/api/events/${enc(page.items[0].id)}`).expect(200);
    expect(res.body.event).toMatchObject({ type: 'meeting', kind: 'defense', date: '2025-12-15' });
    expect(res.body.participants.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['country:US', 'country:CN']));
    expect(res.body.evidence[0]).toMatchObject({ lang: expect.any(String), quote: expect.any(String), published: '2025-12-18' });
  });
});

describe('who met whom', () => {
  test('United States and China meetings come newest first, the December 2025 defence talks leading the dated ones', async () => {
    const res = await request(app).get(`/api/pairs/${enc('country:US')}/${enc('country:CN')}/events`).query({ relations: 'met' }).expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(8);
    const dated = res.body.items.filter((e: { date: string | null }) => e.date);
    expect(dated[0]).toMatchObject({ type: 'meeting', kind: 'defense', date: '2025-12-15' });
    expect(dated[0].title).toMatch(/Defense Policy Coordination Talks/);
    const days = res.body.items.map((e: { date: string | null }) => e.date ?? '');
    // Undated events are dated by the report that cites them (2025-12-18), so the order still holds on days.
    expect(days.filter(Boolean)).toEqual([...days.filter(Boolean)].sort().reverse());
    const before = await request(app).get(`/api/pairs/${enc('country:US')}/${enc('country:CN')}/events`).query({ relations: 'met', to: '2025-12-17', limit: 2 }).expect(200);
    expect(before.body.items[0].date).toBe('2025-12-15');
    expect(before.body.items).toHaveLength(2);
  });

  test('pacts only', async () => {
    const res = await request(app).get(`/api/pairs/${enc('country:US')}/${enc('country:CN')}/events`).query({ relations: 'pact' }).expect(200);
    expect(res.body.items.every((e: { type: string }) => e.type === 'pact')).toBe(true);
  });
});

describe('network views', () => {
  test('the whole network is consistent and cytoscape-shaped', async () => {
    const net = (await request(app).get('/api/network').expect(200)).body as Net;
    expectConsistent(net);
    expect(net.nodes.length).toBeGreaterThan(40);
    expect(net.edges.some((e) => e.data.relation === 'met')).toBe(true);
    expect(net.edges.some((e) => e.data.relation === 'pact')).toBe(true);
  });

  test('window, relations, countries and minimum weight narrow it', async () => {
    const all = (await request(app).get('/api/network')).body as Net;
    const y2024 = (await request(app).get('/api/network').query({ from: '2024', to: '2024' }).expect(200)).body as Net;
    expect(y2024.edges.length).toBeLessThan(all.edges.length);
    for (const e of y2024.edges) if (e.data.relation === 'met') expect(e.data.lastDate >= '2024-01-01' && e.data.firstDate <= '2024-12-31').toBe(true);
    const pacts = (await request(app).get('/api/network').query({ relations: 'pact' })).body as Net;
    expect(pacts.edges.every((e) => e.data.relation === 'pact')).toBe(true);
    const vn = (await request(app).get('/api/network').query({ countries: 'VN' })).body as Net;
    expect(vn.edges.length).toBeGreaterThan(0);
    expect(vn.edges.every((e) => e.data.source === 'country:VN' || e.data.target === 'country:VN')).toBe(true);
    const heavy = (await request(app).get('/api/network').query({ minWeight: 2 })).body as Net;
    expect(heavy.edges.every((e) => e.data.weight >= 2)).toBe(true);
    expect(heavy.edges.length).toBeLessThan(all.edges.length);
    const noOrgs = (await request(app).get('/api/network').query({ includeOrganizations: 'false' })).body as Net;
    expect(noOrgs.nodes.some((n) => n.data.kind === 'organization')).toBe(false);
  });

  test('edges carry the newest event ids, as many as asked (3 by default)', async () => {
    type IdNet = { edges: { data: { id: string; weight: number; eventIds: string[] } }[] };
    const few = (await request(app).get('/api/network').expect(200)).body as IdNet;
    const many = (await request(app).get('/api/network').query({ eventIdsPerEdge: 50 }).expect(200)).body as IdNet;
    expect(few.edges.every((e) => e.data.eventIds.length === Math.min(3, e.data.weight))).toBe(true);
    expect(many.edges.some((e) => e.data.eventIds.length > 3)).toBe(true);
    for (const e of many.edges) expect(few.edges.find((f) => f.data.id === e.data.id)!.data.eventIds).toEqual(e.data.eventIds.slice(0, 3));
    const bad = await request(app).get('/api/network').query({ eventIdsPerEdge: 51 }).expect(422);
    expect(JSON.stringify(bad.body)).toContain('eventIdsPerEdge');
  });

  test('a small answer carries a weak ETag and a repeat with If-None-Match gets 304', async () => {
    const first = await request(app).get('/api/network').query({ from: '2024', to: '2024' }).expect(200);
    expect(first.headers.etag).toMatch(/^W\/"/);
    await request(app).get('/api/network').query({ from: '2024', to: '2024' }).set('If-None-Match', first.headers.etag).expect(304);
  });

  test('includePersons adds persons and who they represent', async () => {
    const net = (await request(app).get('/api/network').query({ includePersons: 'true' }).expect(200)).body as Net;
    expectConsistent(net);
    expect(net.nodes.some((n) => n.data.kind === 'person')).toBe(true);
    expect(net.edges.some((e) => e.data.relation === 'represents')).toBe(true);
  });

  test('ego networks grow with depth and stay around the centre', async () => {
    const one = (await request(app).get(`/api/ego/${enc('country:VN')}`).query({ depth: 1 }).expect(200)).body as Net;
    expectConsistent(one);
    for (const n of one.nodes) if (n.data.id !== 'country:VN') expect(one.edges.some((e) => (e.data.source === 'country:VN' && e.data.target === n.data.id) || (e.data.target === 'country:VN' && e.data.source === n.data.id))).toBe(true);
    const two = (await request(app).get(`/api/ego/${enc('country:VN')}`).query({ depth: 2 }).expect(200)).body as Net;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(one.nodes.map((n) => n.data.id)));
  });

  test('snapshots: pacts in force and the past year of meetings', async () => {
    const s1950 = (await request(app).get('/api/snapshot').query({ at: '1950-01-01' }).expect(200)).body as Net;
    const s2025 = (await request(app).get('/api/snapshot').query({ at: '2025-12-31' }).expect(200)).body as Net;
    expectConsistent(s2025);
    expect(s1950.edges.every((e) => e.data.relation === 'pact' && e.data.firstDate <= '1950-01-01')).toBe(true);
    expect(s2025.edges.some((e) => e.data.id === 'met:country:CN|country:US')).toBe(true);
    for (const e of s2025.edges) if (e.data.relation === 'met') expect(e.data.lastDate >= '2025-01-01').toBe(true);
    expect(s2025.edges.length).toBeGreaterThan(s1950.edges.length);
  });

  test('shape=columns sends the same network as columns, for the network, ego and snapshot views', async () => {
    const views: [string, Record<string, string>][] = [
      ['/api/network', { includePersons: 'true' }],
      [`/api/ego/${enc('country:VN')}`, { depth: '2', from: '2020' }],
      ['/api/snapshot', { at: '2025-12-31' }],
    ];
    for (const [path, query] of views) {
      const elements = (await request(app).get(path).query(query).expect(200)).body as Network;
      const columns = (await request(app).get(path).query({ ...query, shape: 'columns' }).expect(200)).body as NetworkColumns;
      expect(NetworkColumns.safeParse(columns).success).toBe(true);
      expect(elements.edges.length).toBeGreaterThan(0);
      expect(columns.edges.source).toHaveLength(elements.edges.length);
      expect(fromColumns(columns)).toEqual(elements);
    }
    const bad = await request(app).get('/api/network').query({ shape: 'table' }).expect(422);
    expect(JSON.stringify(bad.body)).toMatch(/shape/);
  });

  test('diff between two snapshots', async () => {
    const res = await request(app).get('/api/diff').query({ at1: '2000-01-01', at2: '2025-12-31' }).expect(200);
    expect(res.body.added.edges.length).toBeGreaterThan(0);
    expect(res.body.added.edges.some((e: { id: string }) => e.id === 'met:country:CN|country:US')).toBe(true);
    for (const c of res.body.strengthened) expect(c.after).toBeGreaterThan(c.before);
    const same = await request(app).get('/api/diff').query({ at1: '2024-06-01', at2: '2024-06-01' }).expect(200);
    expect(same.body).toEqual({ added: { nodes: [], edges: [] }, removed: { nodes: [], edges: [] }, strengthened: [], weakened: [] });
  });

  test('timeline histogram by year and by month', async () => {
    const years = (await request(app).get('/api/timeline').query({ bucket: 'year' }).expect(200)).body.buckets;
    const periods = years.map((b: { period: string }) => b.period);
    expect(periods).toEqual([...periods].sort());
    expect(years.find((b: { period: string }) => b.period === '2025').meetings).toBeGreaterThan(0);
    const months = (await request(app).get('/api/timeline').query({ bucket: 'month', from: '2025', to: '2025' }).expect(200)).body.buckets;
    expect(months.every((b: { period: string }) => /^2025-\d{2}$/.test(b.period))).toBe(true);
    const dec = months.find((b: { period: string }) => b.period === '2025-12');
    expect(dec.meetings).toBeGreaterThan(0);
  });
});

describe('paths', () => {
  test('Japan to Vietnam: a path with every hop explained', async () => {
    const res = await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:VN' }).expect(200);
    const [p] = res.body.paths;
    expect(p.nodes[0]).toBe('country:JP');
    expect(p.nodes.at(-1)).toBe('country:VN');
    expect(p.hops).toHaveLength(p.nodes.length - 1);
    for (const hop of p.hops) {
      expect(hop.total).toBeGreaterThan(0);
      expect(hop.events[0].participants).toEqual(expect.arrayContaining([hop.source, hop.target]));
    }
    expect(p.hops[0].events.some((e: { evidence: unknown }) => e.evidence)).toBe(true);
    expectConsistent(res.body.network);
    expect(res.body.network.nodes.map((n: { data: { id: string } }) => n.data.id)).toEqual(expect.arrayContaining(p.nodes));
    // The path's edges are the network view's edges: same ids, same weights.
    const full = new Map(((await request(app).get('/api/network')).body as Net).edges.map((e) => [e.data.id, e.data]));
    expect(res.body.network.edges.length).toBeGreaterThan(0);
    for (const { data: e } of res.body.network.edges) expect({ id: e.id, weight: e.weight, lastDate: e.lastDate }).toEqual({ id: e.id, weight: full.get(e.id)?.weight, lastDate: full.get(e.id)?.lastDate });
  });

  test('k shortest paths are distinct, loopless and in length order', async () => {
    const res = await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:RU', mode: 'k', k: 4 }).expect(200);
    const paths: string[][] = res.body.paths.map((p: { nodes: string[] }) => p.nodes);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.length).toBeLessThanOrEqual(4);
    expect(new Set(paths.map((p) => p.join(' '))).size).toBe(paths.length);
    for (let i = 1; i < paths.length; i++) expect(paths[i].length).toBeGreaterThanOrEqual(paths[i - 1].length);
    for (const p of paths) expect(new Set(p).size).toBe(p.length);
    const shortest = (await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:RU' })).body.paths[0].nodes;
    expect(paths[0].length).toBe(shortest.length);
  });

  test('all shortest paths share the minimal length', async () => {
    const res = await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:RU', mode: 'all' }).expect(200);
    const lengths = res.body.paths.map((p: { nodes: string[] }) => p.nodes.length);
    expect(lengths.length).toBeGreaterThan(0);
    expect(new Set(lengths).size).toBe(1);
  });

  test('a person endpoint joins through the meetings they attended', async () => {
    const blinken = (await request(app).get('/api/search').query({ q: 'Blinken' })).body.items[0].id;
    const res = await request(app).get('/api/paths').query({ source: blinken, target: 'country:JP', mode: 'k', k: 2 }).expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    const first = res.body.paths[0];
    expect(first.nodes[0]).toBe(blinken);
    expect(first.hops[0].events[0].type).toBe('meeting');
  });

  test('no path is 200 with an empty list', async () => {
    const res = await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:VN', from: '1800', to: '1801' }).expect(200);
    expect(res.body.paths).toEqual([]);
    expect(res.body.network.edges).toEqual([]);
  });
});
