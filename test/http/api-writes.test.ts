// Writes over HTTP on a fresh embedded store: import, article ingestion (dry run and real),
// the bearer token, and what the OpenAPI document says about all routes.
import request from 'supertest';
import type { Express } from 'express';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, API_MODULES } from '../../server/app.js';
import { openTempStore, type TempStore } from './seeded-store.fixtures.js';

const TOKEN = 'writes-token-0123456789';
let t: TempStore;
let app: Express;

beforeAll(async () => {
  t = await openTempStore({ seeded: false });
  app = createApp({ store: t.store, config: { token: TOKEN } });
}, 60_000);
afterAll(async () => { await t?.close(); });

const validate = (doc: unknown) => spawnSync(path.resolve('node_modules/.bin/tsx'), ['test/http/validate-openapi.cli.ts'], { input: JSON.stringify(doc), encoding: 'utf8' });
const auth = { authorization: `Bearer ${TOKEN}` };
const note = {
  documents: [{ id: 'doc:00aa11bb22cc33dd', title: 'Test note on Nordic–Andean contacts', lang: 'en', published: '2024-05-02' }],
  events: [
    { type: 'meeting', kind: 'talks', date: '2024-04-30', participants: [{ type: 'country', code: 'FI' }, { type: 'country', code: 'CL' }], evidence: [{ documentId: 'doc:00aa11bb22cc33dd', start: 0, end: 40, quote: 'Finland and Chile held talks (our test note).' }] },
    { type: 'pact', kind: 'trade', date: '2024-05-01', names: ['Test Trade Memorandum'], participants: [{ type: 'country', code: 'CL' }, { type: 'country', code: 'PE' }], evidence: [{ documentId: 'doc:00aa11bb22cc33dd', start: 41, end: 80 }] },
  ],
};

describe('POST /api/import', () => {
  test('loads an interchange document with the token, and a repeat changes nothing', async () => {
    const res = await request(app).post('/api/import').set(auth).send(note).expect(200);
    expect(res.body).toMatchObject({ documents: { read: 1, written: 1, skipped: 0 }, events: { read: 2, written: 2 }, rejected: [] });
    const health = (await request(app).get('/api/health')).body.counts;
    expect(health).toMatchObject({ countries: 3, meetings: 1, pacts: 1, documents: 1 });
    const again = await request(app).post('/api/import').set(auth).send(note).expect(200);
    expect(again.body.documents.skipped).toBe(1);
    expect((await request(app).get('/api/health')).body.counts).toEqual(health);
    const net = (await request(app).get('/api/network')).body;
    expect(net.edges.map((e: { data: { id: string } }) => e.data.id).sort()).toEqual(['met:country:CL|country:FI', 'pact:country:CL|country:PE']);
    const path = (await request(app).get('/api/paths').query({ source: 'country:FI', target: 'country:PE' })).body;
    expect(path.paths[0].nodes).toEqual(['country:FI', 'country:CL', 'country:PE']);
    expect(path.paths[0].hops[0].events[0].evidence.quote).toBe('Finland and Chile held talks (our test note).');
  });
});

describe('POST /api/documents', () => {
  // Our own sentence, not taken from any article.
  const article = { text: 'Tokyo, 3 March 2025 — Japanese Foreign Minister Takeshi Iwaya met Vietnamese Foreign Minister Bui Thanh Son in Tokyo on Monday to discuss maritime security.', published: '2025-03-04', lang: 'en', title: 'Test article' };

  test('dry run extracts without writing', async () => {
    const before = (await request(app).get('/api/health')).body.counts;
    const res = await request(app).post('/api/documents').set(auth).send({ ...article, dryRun: true }).expect(200);
    expect(res.body.document).toMatchObject({ lang: 'en', published: '2025-03-04' });
    expect(res.body.report).toBeNull();
    const codes = res.body.events.flatMap((e: { participants: { code?: string; country?: string }[] }) => e.participants.map((p) => p.code ?? p.country));
    expect(codes).toEqual(expect.arrayContaining(['JP', 'VN']));
    expect(Array.isArray(res.body.warnings)).toBe(true);
    expect((await request(app).get('/api/health')).body.counts).toEqual(before);
  });

  test('a real run writes the document and reports it', async () => {
    const res = await request(app).post('/api/documents').set(auth).send(article).expect(200);
    expect(res.body.report.documents.written).toBe(1);
    expect((await request(app).get('/api/health')).body.counts.documents).toBe(2);
    const net = (await request(app).get('/api/network').query({ from: '2025-03', to: '2025-03' })).body;
    expect(net.edges.map((e: { data: { id: string } }) => e.data.id)).toContain('met:country:JP|country:VN');
  });
});

describe('OpenAPI', () => {
  test('the document is valid OpenAPI 3.1 and covers every route', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    const check = validate(doc);
    expect({ status: check.status, error: check.status ? check.stderr : '' }).toEqual({ status: 0, error: '' });
    expect(check.stdout).toMatch(/^valid: \d+ paths/);
    // The validator does reject a broken document.
    expect(validate({ ...doc, paths: { '/x': { get: { responses: { '200': { content: 'nope' } } } } } }).status).toBe(1);
    const documented = Object.keys(doc.paths);
    for (const m of API_MODULES) for (const p of Object.keys(m.paths)) expect(documented).toContain(p);
    for (const p of ['/api/health', '/api/network', '/api/ego/{id}', '/api/paths', '/api/pairs/{a}/{b}/events', '/api/snapshot', '/api/diff', '/api/timeline', '/api/export', '/api/documents', '/api/import', '/api/openapi.json', '/api/schema/interchange.json']) expect(documented).toContain(p);
    const network = doc.paths['/api/network'].get;
    expect(network.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'relations', 'countries', 'minWeight']));
    expect(network.responses['422'].content['application/problem+json']).toBeDefined();
    expect(doc.paths['/api/import'].post.requestBody.content['application/json'].schema).toBeDefined();
  });

  test('the interchange JSON Schema is served', async () => {
    const res = await request(app).get('/api/schema/interchange.json').expect(200).expect('content-type', /schema\+json/);
    const schema = JSON.parse(res.text);
    expect(schema.$schema).toMatch(/json-schema/);
    const root = schema.$ref ? schema.$defs[schema.$ref.split('/').pop()] : schema;
    expect(root.properties.events).toBeDefined();
    expect(root.properties.documents).toBeDefined();
  });

  test('the built client is served, with index.html for client routes and problems for unknown API routes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-client-'));
    try {
      mkdirSync(path.join(dir, 'assets'));
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Entente test shell</title>');
      writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1);');
      const served = createApp({ store: t.store, config: { clientDir: dir } });
      expect((await request(served).get('/').expect(200).expect('content-type', /html/)).text).toMatch(/Entente test shell/);
      expect((await request(served).get('/view/ego/country:JP').set('accept', 'text/html').expect(200)).text).toMatch(/Entente test shell/);
      await request(served).get('/assets/app.js').expect(200).expect('content-type', /javascript/);
      const api = await request(served).get('/api/unknown').set('accept', 'text/html').expect(404);
      expect(api.headers['content-type']).toMatch(/problem\+json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the client fallback explains how to build when dist/client is missing', async () => {
    const res = await request(createApp({ store: t.store, config: { clientDir: '/nonexistent-entente-client' } })).get('/some/client/route').set('accept', 'text/html');
    expect(res.status).toBe(503);
    expect(res.text).toMatch(/npm run build:client/);
  });
});
