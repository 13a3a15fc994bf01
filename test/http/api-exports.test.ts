// Exports over HTTP, read back with real readers (graphology-graphml, graphology-gexf, a DOM
// parser for GEXF's dynamic attributes, csv-parse) and the interchange round trip.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { MultiUndirectedGraph } from 'graphology';
import type { GraphConstructor } from 'graphology-types';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { createApp } from '../../server/app.js';
import { openTempStore, type TempStore } from './seeded-store.fixtures.js';

const Graph = MultiUndirectedGraph as unknown as GraphConstructor;
// Kept for the ecosystem checks run after jest (test/run-all.sh: NetworkX reads them).
const OUT = path.resolve('test-output/exports');
const keep = (res: request.Response) => {
  mkdirSync(OUT, { recursive: true });
  const name = /filename="([^"]+)"/.exec(res.headers['content-disposition'])![1];
  writeFileSync(path.join(OUT, name), res.body as string);
};
let t: TempStore;
let app: Express;
let net: { nodes: { data: { id: string } }[]; edges: { data: { id: string; relation: string; weight: number; firstDate: string; lastDate: string } }[] };
const window = { from: '2024-01-01', to: '2024-12-31' };

beforeAll(async () => {
  t = await openTempStore({ seeded: true });
  app = createApp({ store: t.store });
  net = (await request(app).get('/api/network').query(window)).body;
}, 120_000);
afterAll(async () => { await t?.close(); });

const download = (query: Record<string, string | number>) => request(app).get('/api/export').query(query).buffer(true).parse((res, cb) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => { text += c; });
  res.on('end', () => cb(null, text));
});

describe('exports over HTTP', () => {
  test('GraphML: an attachment named after view and window, typed attributes', async () => {
    const res = await download({ format: 'graphml', ...window }).expect(200);
    keep(res);
    expect(res.headers['content-disposition']).toBe('attachment; filename="entente-network-2024-01-01_2024-12-31.graphml"');
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    const g = parseGraphml(Graph, res.body as string);
    expect(g.order).toBe(net.nodes.length);
    expect(g.size).toBe(net.edges.length);
    g.forEachEdge((_e, a) => {
      expect(typeof a.weight).toBe('number');
      expect(a.first_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    expect(typeof g.getNodeAttribute('country:JP', 'lat')).toBe('number');
  });

  test('metrics and community travel as node attributes (GraphML, GEXF, CSV); metrics=false leaves them out', async () => {
    const g = parseGraphml(Graph, (await download({ format: 'graphml', ...window }).expect(200)).body as string);
    const pageranks = g.mapNodes((_n, a) => a.pagerank as number);
    expect(pageranks.every((p) => typeof p === 'number' && p > 0)).toBe(true);
    expect(pageranks.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
    g.forEachNode((_n, a) => {
      expect(Number.isInteger(a.community)).toBe(true);
      expect(typeof a.betweenness).toBe('number');
      expect(Number.isInteger(a.degree) && a.degree >= 1).toBe(true);
    });
    const gx = parseGexf(Graph, (await download({ format: 'gexf', ...window }).expect(200)).body as string);
    expect(typeof gx.getNodeAttribute('country:JP', 'pagerank')).toBe('number');
    const rows = parseCsv((await download({ format: 'nodes.csv', ...window }).expect(200)).body as string, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['degree', 'weighted_degree', 'betweenness', 'pagerank', 'community']));
    const plain = parseCsv((await download({ format: 'nodes.csv', metrics: 'false', ...window }).expect(200)).body as string, { columns: true }) as Record<string, string>[];
    expect(Object.keys(plain[0])).not.toContain('pagerank');
  });

  test('GEXF 1.3: dynamic, date intervals matching the network, plain date attributes', async () => {
    const res = await download({ format: 'gexf', ...window }).expect(200);
    keep(res);
    const doc = new DOMParser().parseFromString(res.body as string, 'text/xml');
    expect(doc.getElementsByTagName('graph')[0].getAttribute('mode')).toBe('dynamic');
    const byId = new Map(net.edges.map((e) => [e.data.id, e.data]));
    const edges = Array.from(doc.getElementsByTagName('edge'));
    expect(edges).toHaveLength(net.edges.length);
    for (const el of edges) expect(el.getAttribute('start')).toBe(byId.get(el.getAttribute('id')!)!.firstDate);
    const g = parseGexf(Graph, res.body as string);
    expect(g.size).toBe(net.edges.length);
    g.forEachEdge((_e, a) => expect(a.first_date <= a.last_date).toBe(true));
  });

  test('Cytoscape JSON and CSV tables', async () => {
    const cy = JSON.parse((await download({ format: 'cyjs', ...window }).expect(200)).body as string);
    expect(cy.elements.nodes).toHaveLength(net.nodes.length);
    const nodes = parseCsv((await download({ format: 'nodes.csv', ...window }).expect(200)).body as string, { columns: true }) as Record<string, string>[];
    expect(nodes.map((r) => r.id).sort()).toEqual(net.nodes.map((n) => n.data.id).sort());
    const edgesRes = await download({ format: 'edges.csv', ...window }).expect(200);
    expect(edgesRes.headers['content-disposition']).toMatch(/filename="entente-network-2024-01-01_2024-12-31\.edges\.csv"/);
    const edges = parseCsv(edgesRes.body as string, { columns: true }) as Record<string, string>[];
    expect(edges).toHaveLength(net.edges.length);
  });

  test('ego, path and snapshot views export too', async () => {
    const ego = parseGraphml(Graph, (await download({ view: 'ego', id: 'country:VN', depth: 1, format: 'graphml' }).expect(200)).body as string);
    expect(ego.hasNode('country:VN')).toBe(true);
    const pathRes = await download({ view: 'path', source: 'country:JP', target: 'country:VN', format: 'graphml' }).expect(200);
    keep(pathRes);
    const pathGraph = parseGraphml(Graph, pathRes.body as string);
    expect(pathGraph.hasNode('country:JP') && pathGraph.hasNode('country:VN')).toBe(true);
    const snap = await download({ view: 'snapshot', at: '2025-06-30', format: 'edges.csv' }).expect(200);
    expect(snap.headers['content-disposition']).toMatch(/entente-snapshot-2024-07-01_2025-06-30\.edges\.csv/);
  });

  test('interchange JSON re-imports into an empty store and rebuilds the same ties', async () => {
    const json = JSON.parse((await download({ format: 'json', ...window }).expect(200)).body as string);
    expect(json.format).toBe('entente-interchange');
    expect(json.events.length).toBeGreaterThan(0);
    const empty = await openTempStore({ seeded: false });
    try {
      const other = createApp({ store: empty.store });
      const report = (await request(other).post('/api/import').send(json).expect(200)).body;
      expect(report.events.read).toBe(json.events.length);
      const again = (await request(other).get('/api/network').query(window)).body;
      const key = (n: typeof net) => n.edges.map((e) => `${e.data.id}:${e.data.weight}`).sort();
      expect(key(again)).toEqual(key(net));
    } finally {
      await empty.close();
    }
  });
});
