// Every error status the API answers with, as RFC 9457 problem+json, on a real seeded store.
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { PROBLEM_TYPES } from '../../server/domain/errors.js';
import { enc, openTempStore, type TempStore } from './seeded-store.fixtures.js';

const TOKEN = 'test-token-0123456789';
let t: TempStore;
let app: Express;
let guarded: Express;

beforeAll(async () => {
  t = await openTempStore({ seeded: true });
  app = createApp({ store: t.store, config: { limits: { documentBytes: 2048, importBytes: 4096, writesPerMinute: 1000 } } });
  guarded = createApp({ store: t.store, config: { token: TOKEN } });
}, 120_000);
afterAll(async () => { await t?.close(); });

function expectProblem(res: request.Response, status: number, slug: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: PROBLEM_TYPES[slug], status, title: expect.any(String), detail: expect.any(String), errors: expect.any(Array) });
}

const validImport = {
  documents: [{ id: 'doc:0123456789abcdef', title: 'A test note', lang: 'en', published: '2024-05-01' }],
  events: [{ type: 'meeting', kind: 'talks', date: '2024-04-30', participants: [{ type: 'country', code: 'FI' }, { type: 'country', code: 'CL' }], evidence: [{ documentId: 'doc:0123456789abcdef', start: 0, end: 10, quote: 'Finland and Chile held talks (test note).' }] }],
};

describe('problem+json errors', () => {
  test('404 for unknown API routes and unknown ids', async () => {
    expectProblem(await request(app).get('/api/nope'), 404, 'not-found');
    expectProblem(await request(app).get(`/api/entities/${enc('country:ZZ')}`), 404, 'not-found');
    expectProblem(await request(app).get(`/api/events/${enc('meeting:0000000000000000')}`), 404, 'not-found');
    expectProblem(await request(app).get(`/api/ego/${enc('person:nobody-at-all')}`), 404, 'not-found');
    expectProblem(await request(app).get(`/api/pairs/${enc('country:US')}/${enc('country:ZZ')}/events`), 404, 'not-found');
    expectProblem(await request(app).get('/api/paths').query({ source: 'country:JP', target: 'org:NOPE' }), 404, 'not-found');
  });

  test('405 with Allow for a known path asked with another method', async () => {
    const res = await request(app).delete(`/api/entities/${enc('country:JP')}`);
    expectProblem(res, 405, 'method-not-allowed');
    expect(res.headers.allow).toBe('GET, HEAD');
    expect((await request(app).get('/api/import')).headers.allow).toBe('POST');
  });

  test('400 for malformed parameters, naming the field', async () => {
    const res = await request(app).get('/api/search').query({ q: 'x', limit: 'many' });
    expectProblem(res, 400, 'bad-request');
    expect(res.body.errors[0].path).toBe('limit');
    expectProblem(await request(app).get('/api/search'), 400, 'bad-request');
    expectProblem(await request(app).get('/api/snapshot'), 400, 'bad-request');
    expectProblem(await request(app).get('/api/entities/%ZZ'), 400, 'bad-request');
    expectProblem(await request(app).get('/api/network').query({ from: ['2024', '2025'] }), 400, 'bad-request');
  });

  test('422 for values that make no sense', async () => {
    const impossible = await request(app).get('/api/network').query({ from: '2025-02-30' });
    expectProblem(impossible, 422, 'unprocessable');
    expect(impossible.body.errors).toEqual([expect.objectContaining({ path: 'from', message: expect.stringMatching(/not a calendar date/) })]);
    const backwards = await request(app).get('/api/network').query({ from: '2025-06', to: '2024' });
    expectProblem(backwards, 422, 'unprocessable');
    expect(backwards.body.errors[0].path).toBe('to');
    const country = await request(app).get('/api/network').query({ countries: 'JP,XX' });
    expectProblem(country, 422, 'unprocessable');
    expect(country.body.errors[0].path).toBe('countries.1');
    expectProblem(await request(app).get('/api/ego/country%3AJP').query({ depth: 4 }), 422, 'unprocessable');
    expectProblem(await request(app).get('/api/paths').query({ source: 'country:JP', target: 'country:VN', mode: 'k', k: 11 }), 422, 'unprocessable');
    expectProblem(await request(app).get('/api/diff').query({ at1: '2025-01-01', at2: '2024-01-01' }), 422, 'unprocessable');
    expectProblem(await request(app).get('/api/export').query({ format: 'pdf' }), 422, 'unprocessable');
    expectProblem(await request(app).get('/api/network').query({ relations: '' }), 422, 'unprocessable');
    // Deep offsets crash the embedded engine: refused before they reach it (the store keeps answering).
    const deep = await request(app).get(`/api/pairs/${enc('country:JP')}/${enc('country:US')}/events`).query({ offset: 100000 });
    expectProblem(deep, 422, 'unprocessable');
    expect(deep.body.errors[0].path).toBe('offset');
    expectProblem(await request(app).get(`/api/entities/${enc('country:JP')}/events`).query({ offset: 9999 }), 422, 'unprocessable');
    await request(app).get('/api/health').expect(200);
    expectProblem(await request(app).get('/api/network').query({ relations: 'met,friendship' }), 422, 'unprocessable');
    expectProblem(await request(app).get('/api/network').query({ includePersons: 'yes' }), 422, 'unprocessable');
  });

  test('400 for a malformed JSON body, 415 for another content type, 413 over the limit', async () => {
    const before = (await request(app).get('/api/health')).body.counts;
    expectProblem(await request(app).post('/api/import').set('content-type', 'application/json').send('{"documents": [}'), 400, 'bad-request');
    expectProblem(await request(app).post('/api/documents').set('content-type', 'text/plain').send('Japan and Viet Nam met.'), 415, 'unsupported-media-type');
    expectProblem(await request(app).post('/api/documents').send({ text: 'x'.repeat(4000), published: '2024-01-01' }), 413, 'payload-too-large');
    expectProblem(await request(app).post('/api/import').send({ ...validImport, pad: 'y'.repeat(5000) }), 413, 'payload-too-large');
    expect((await request(app).get('/api/health')).body.counts).toEqual(before);
  });

  test('422 for a body that makes no sense, naming the field; nothing written', async () => {
    const before = (await request(app).get('/api/health')).body.counts;
    const badDate = await request(app).post('/api/documents').send({ text: 'Japan and Viet Nam held talks.', published: '2025-02-30', dryRun: true });
    expectProblem(badDate, 422, 'unprocessable');
    expect(badDate.body.errors[0].path).toBe('published');
    const missing = await request(app).post('/api/documents').send({ published: '2025-02-03' });
    expectProblem(missing, 400, 'bad-request');
    expect(missing.body.errors[0].path).toBe('text');
    const badCountry = structuredClone(validImport);
    badCountry.events[0].participants[1].code = 'XX';
    const res = await request(app).post('/api/import').send(badCountry);
    expectProblem(res, 422, 'unprocessable');
    expect(res.body.errors.some((e: { path: string }) => /participants\[1\]/.test(e.path))).toBe(true);
    const backwards = structuredClone(validImport) as typeof validImport & { events: { endDate?: string }[] };
    backwards.events[0].endDate = '2024-04-01';
    expectProblem(await request(app).post('/api/import').send(backwards), 422, 'unprocessable');
    expect((await request(app).get('/api/health')).body.counts).toEqual(before);
  });

  test('401 for writes without the token when one is configured; nothing written', async () => {
    const before = (await request(guarded).get('/api/health')).body.counts;
    const none = await request(guarded).post('/api/import').send(validImport);
    expectProblem(none, 401, 'unauthorized');
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expectProblem(await request(guarded).post('/api/import').set('authorization', 'Bearer wrong-token-000000').send(validImport), 401, 'unauthorized');
    expectProblem(await request(guarded).post('/api/documents').send({ text: 'Japan and Viet Nam held talks.', published: '2024-01-01' }), 401, 'unauthorized');
    expect((await request(guarded).get('/api/health')).body.counts).toEqual(before);
    // Reads stay open.
    await request(guarded).get('/api/network').expect(200);
  });

  test('503 from /api/health when the store is closed', async () => {
    const other = await openTempStore({ seeded: false });
    const down = createApp({ store: other.store });
    await request(down).get('/api/health').expect(200);
    await other.close();
    expectProblem(await request(down).get('/api/health'), 503, 'store-unavailable');
  });

  test('429 once the write rate limit is spent', async () => {
    const limited = createApp({ store: t.store, config: { limits: { documentBytes: 2048, importBytes: 4096, writesPerMinute: 2 } } });
    const bad = { documents: 'not a list' };
    await request(limited).post('/api/import').send(bad).expect(422);
    await request(limited).post('/api/import').send(bad).expect(422);
    expectProblem(await request(limited).post('/api/import').send(bad), 429, 'too-many-requests');
  });
});
