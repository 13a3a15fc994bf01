// The response cache replays a view's bytes only while every store read behind it is still
// cached: a write that touches the view recomputes it, other writes leave it, and the bytes are
// the ones a fresh computation gives.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import express from 'express';
import { createApp, DEFAULT_APP_CONFIG } from '../../server/app.js';
import { jsonAsBytes } from '../../server/http/json-bytes.js';
import { networkModule } from '../../server/http/network/routes.js';
import { responseCache } from '../../server/http/response-cache.js';
import { planWrites } from '../../server/domain/interchange/plan.js';
import { Interchange } from '../../server/domain/interchange/schema.js';
import { withReadCache } from '../../server/store/read-cache.js';
import { openTempStore, type TempStore } from './seeded-store.fixtures.js';

// Meetings, whose span is their day (a pact without end is in force from its date on).
const meeting = (a: string, b: string, date: string) => Interchange.parse({
  events: [{ type: 'meeting', kind: 'talks', date, participants: [{ type: 'country', code: a }, { type: 'country', code: b }] }],
});

describe('response cache', () => {
  let temp: TempStore;
  let store: ReturnType<typeof withReadCache>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    temp = await openTempStore({ seeded: true });
    store = withReadCache(temp.store, 1000);
    app = createApp({ store });
  });
  afterAll(async () => { await temp.close(); });

  const reads = () => { const s = store.cacheStats(); return s.hits + s.misses; };

  it('replays a view without reading the store again, byte for byte', async () => {
    const first = await request(app).get('/api/network?from=2023&to=2023').expect(200);
    const before = reads();
    const again = await request(app).get('/api/network?from=2023&to=2023').expect(200);
    expect(reads()).toBe(before);
    expect(again.text === first.text).toBe(true);
    expect(again.headers['content-type']).toMatch(/application\/json/);
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    // The same validator, and a conditional request answered without the body.
    expect(first.headers.etag).toBeTruthy();
    expect(again.headers.etag).toBe(first.headers.etag);
    await request(app).get('/api/network?from=2023&to=2023').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('keeps it across a write elsewhere and recomputes it after a write inside its window', async () => {
    const first = await request(app).get('/api/network?from=2023&to=2023').expect(200);
    for (const b of planWrites(meeting('PE', 'UY', '1931-05-02'))) await store.writeBatch(b);
    let before = reads();
    expect((await request(app).get('/api/network?from=2023&to=2023').expect(200)).text === first.text).toBe(true);
    expect(reads()).toBe(before);

    for (const b of planWrites(meeting('PE', 'UY', '2023-05-02'))) await store.writeBatch(b);
    before = reads();
    const after = await request(app).get('/api/network?from=2023&to=2023').expect(200);
    expect(reads()).toBeGreaterThan(before);
    expect(after.body.nodes.map((n: { data: { id: string } }) => n.data.id)).toEqual(expect.arrayContaining(['country:PE', 'country:UY']));
    // What a server without either cache answers now.
    const plain = await request(createApp({ store: temp.store })).get('/api/network?from=2023&to=2023').expect(200);
    expect(after.text === plain.text).toBe(true);
  });

  it('computes a view once for identical requests that arrive together, and each gets the same bytes', async () => {
    const url = '/api/network?from=2024&to=2024';
    await request(app).get(url).expect(200);
    for (const b of planWrites(meeting('PE', 'UY', '2024-02-02'))) await store.writeBatch(b);
    // One computation after the write reads the store this many times...
    let before = reads();
    const single = await request(app).get(url).expect(200);
    const once = reads() - before;
    expect(once).toBeGreaterThan(0);
    for (const b of planWrites(meeting('PE', 'CL', '2024-03-03'))) await store.writeBatch(b);
    // ...and ten requests at once after the next write, no more.
    before = reads();
    const answers = await Promise.all(Array.from({ length: 10 }, () => request(app).get(url).expect(200)));
    expect(reads() - before).toBe(once);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0].text).not.toBe(single.text);
    expect(answers[0].text === (await request(createApp({ store: temp.store })).get(url).expect(200)).text).toBe(true);
  });

  it('keeps an answer that was streamed chunk by chunk, and replays the same bytes', async () => {
    // A server that streams any answer past its writer's first chunk: the seeded year's network
    // as elements is larger than that.
    const streaming = express().set('query parser', 'simple').use(jsonAsBytes({ streamFrom: 1 })).use(responseCache(store)).use(networkModule.router({ store, config: DEFAULT_APP_CONFIG }));
    const url = '/api/network?from=2023&to=2023';
    const first = await request(streaming).get(url).expect(200);
    expect(first.headers['transfer-encoding']).toBe('chunked');
    const before = reads();
    const again = await request(streaming).get(url).expect(200);
    expect(reads()).toBe(before);
    expect(again.text === first.text).toBe(true);
    expect(again.text === (await request(createApp({ store: temp.store })).get(url).expect(200)).text).toBe(true);
  });

  it('keeps no error answers: an entity that did not exist is found once written', async () => {
    await request(app).get(`/api/entities/${encodeURIComponent('country:AQ')}`).expect(404);
    for (const b of planWrites(meeting('AQ', 'NZ', '2024-01-10'))) await store.writeBatch(b);
    const found = await request(app).get(`/api/entities/${encodeURIComponent('country:AQ')}`).expect(200);
    expect(JSON.stringify(found.body)).toContain('2024');
  });
});
