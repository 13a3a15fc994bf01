// Hostile and malformed writes against a real server on 127.0.0.1 (the app on a real embedded
// store): each gets the right status and a problem+json body naming what is wrong, and nothing
// is written. Strings that look like Cypher or HTML are stored verbatim and read back unchanged.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import { hashOf } from '../../server/domain/ids.js';
import { openTempStore, type TempStore } from '../http/seeded-store.fixtures.js';
import { snapshotOf } from './graph-snapshot.js';
import { getJson, postJson } from './server-process.fixtures.js';

let t: TempStore;
let server: Server;
let url: string;
const IMPORT_LIMIT = 1024 * 1024;

beforeAll(async () => {
  t = await openTempStore({ seeded: true });
  const app = createApp({ store: t.store, config: { limits: { documentBytes: 6 * 1024 * 1024, importBytes: IMPORT_LIMIT, writesPerMinute: 1_000_000 } } });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await t?.close();
});

const article = (over: Record<string, unknown> = {}) => ({ text: 'Finnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm in Helsinki on Tuesday.', published: '2025-04-10', lang: 'en', ...over });
const meeting = (over: Record<string, unknown> = {}) => ({ type: 'meeting', kind: 'talks', date: '2025-01-02', participants: [{ type: 'country', code: 'FI' }, { type: 'country', code: 'EE' }], ...over });

async function send(route: string, body: string | Buffer, contentType = 'application/json') {
  const res = await fetch(url + route, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

type Case = [name: string, route: string, body: () => string | Buffer, status: number, detail: RegExp, contentType?: string];
const CASES: Case[] = [
  ['malformed JSON', 'api/import', () => '{"events": [', 400, /not valid JSON/],
  ['malformed JSON (article)', 'api/documents', () => "{text: 'unquoted'}", 400, /not valid JSON/],
  ['a bare string where an object belongs', 'api/documents', () => '"just a string"', 400, /not valid JSON|expected object/],
  ['wrong types', 'api/documents', () => JSON.stringify(article({ text: 42, dryRun: 'yes' })), 400, /text: .*expected string/],
  ['wrong types (import)', 'api/import', () => JSON.stringify({ events: [meeting({ participants: 'FI,EE' })] }), 422, /participants: .*expected array/],
  ['missing fields', 'api/documents', () => JSON.stringify({ text: 'Finland met Estonia.' }), 400, /published/],
  ['missing fields (import)', 'api/import', () => JSON.stringify({ events: [{ type: 'meeting', date: '2025-01-02' }] }), 422, /kind|participants/],
  ['an unknown field', 'api/documents', () => JSON.stringify(article({ admin: true })), 400, /admin/],
  ['an oversized import', 'api/import', () => JSON.stringify({ documents: [], padding: 'x'.repeat(IMPORT_LIMIT + 10) }), 413, /larger than the \d+ bytes/],
  ['100k levels of nested arrays', 'api/import', () => '['.repeat(100_000) + ']'.repeat(100_000), 422, /expected object/],
  ['100k levels of nested objects', 'api/import', () => `{"documents":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, 422, /documents: .*expected array/],
  ['100k levels of nesting in an article', 'api/documents', () => `{"text":${'['.repeat(100_000)}${']'.repeat(100_000)},"published":"2025-01-01"}`, 400, /text: .*expected string/],
  ['an impossible published day', 'api/documents', () => JSON.stringify(article({ published: '2025-02-30' })), 422, /2025-02-30 is not a calendar date/],
  ['an impossible event day', 'api/import', () => JSON.stringify({ events: [meeting({ date: '2025-02-30' })] }), 422, /2025-02-30/],
  ['an unknown country code', 'api/import', () => JSON.stringify({ events: [meeting({ participants: [{ type: 'country', code: 'ZZ' }, { type: 'country', code: 'FI' }] })] }), 422, /"ZZ" is not an ISO 3166-1 alpha-2/],
  ['an unsupported language', 'api/documents', () => JSON.stringify(article({ lang: 'fr' })), 422, /lang/],
  ['text of an undetectable language', 'api/documents', () => JSON.stringify({ text: 'Bonjour à tous, le ministre français a rencontré son homologue allemand à Paris pour discuter.', published: '2025-02-03' }), 422, /not one of ja, es, en/],
  ['a NUL character in the text', 'api/documents', () => JSON.stringify(article({ text: 'Finland met\u0000Estonia in Helsinki.' })), 422, /NUL/],
  ['a 5 MB article', 'api/documents', () => JSON.stringify(article({ text: 'Finland and Estonia held talks in Helsinki. '.repeat(120_000) })), 413, /limit/],
  ['bytes that are not UTF-8', 'api/documents', () => Buffer.concat([Buffer.from('{"text":"Finland met Estonia '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' in Helsinki.","published":"2025-01-02","lang":"en"}')]), 400, /UTF-8/],
  ['bytes that are not UTF-8 (import)', 'api/import', () => Buffer.concat([Buffer.from(`{"documents":[{"id":"doc:${hashOf('x').slice(0, 24)}","lang":"en","published":"2025-01-02","title":"`), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('"}]}')]), 400, /UTF-8/],
  ['a charset other than UTF-8', 'api/documents', () => JSON.stringify(article()), 415, /charset/i, 'application/json; charset=latin1'],
  ['a form instead of JSON', 'api/documents', () => 'text=hello&published=2025-01-01', 415, /application\/json/, 'application/x-www-form-urlencoded'],
  ['no content type', 'api/import', () => '{}', 415, /application\/json/, ''],
];

describe.each(CASES)('%s', (_name, route, body, status, detail, contentType = 'application/json') => {
  test(`POST /${route} → ${status} problem+json, nothing written`, async () => {
    const before = await snapshotOf(t.store);
    const res = await send(route, body(), contentType);
    expect({ status: res.status, detail: res.body?.detail }).toEqual({ status, detail: expect.stringMatching(detail) });
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/^urn:entente:problem:/), title: expect.any(String), status });
    expect(await snapshotOf(t.store)).toEqual(before);
  });
});

describe('strings that look like Cypher or HTML', () => {
  const docId = `doc:${hashOf('hostile strings').slice(0, 24)}`;
  const NASTY = {
    cypher: "'}) DETACH DELETE n //",
    cypher2: '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    quotes: 'O\'Brien "the" `tick` \\ back\\slash \\\' \\u0041',
    html: '<script>alert("x")</script><img src=x onerror=alert(1)>',
    unicode: 'Zoë – 山田 \u202Eevil\u202C 🤝 \u0007bell',
  };
  const doc = {
    documents: [{ id: docId, title: NASTY.cypher, lang: 'en', published: '2025-01-03', source: { name: NASTY.html, url: 'https://example.org/a?q=%27%7D)%20DETACH%20DELETE%20n' } }],
    entities: { persons: [{ name: NASTY.quotes, country: 'IS', aliases: [NASTY.cypher2], affiliations: [] }], organizations: [] },
    events: [
      { type: 'meeting', kind: 'talks', date: '2019-07-07', title: NASTY.html, placeName: NASTY.cypher, participants: [{ type: 'country', code: 'IS' }, { type: 'country', code: 'NZ' }, { type: 'person', name: NASTY.quotes, country: 'IS', role: NASTY.cypher2 }], evidence: [{ documentId: docId, start: 0, end: 10, quote: NASTY.cypher2, rule: NASTY.html }] },
      { type: 'pact', kind: 'mou', date: '2019-07-07', names: [NASTY.cypher, NASTY.unicode], obligations: [NASTY.html], participants: [{ type: 'country', code: 'IS' }, { type: 'country', code: 'NZ' }], evidence: [{ documentId: docId, start: 0, end: 10, quote: NASTY.unicode }] },
    ],
  };

  test('are stored verbatim, read back byte-identical, and change nothing else', async () => {
    const before = await snapshotOf(t.store);
    const res = await postJson(`${url}api/import`, doc);
    expect(res.status).toBe(200);
    const after = await snapshotOf(t.store);
    // Everything that was there is still there.
    for (const [key, rows] of Object.entries(before)) for (const r of rows) expect([key, after[key]]).toEqual([key, expect.arrayContaining([r])]);
    const counts = (await getJson(`${url}api/health`)).body.counts;
    expect(counts.documents).toBe(before.documents.length + 1);

    const hits = (await getJson(`${url}api/search?q=${encodeURIComponent("O'Brien")}`)).body.items;
    const person = hits.find((h: { kind: string }) => h.kind === 'person');
    expect(person.label).toBe(NASTY.quotes);
    const detail = (await getJson(`${url}api/entities/${encodeURIComponent(person.id)}`)).body;
    expect(detail.entity.label).toBe(NASTY.quotes);
    expect(JSON.stringify(detail)).toContain(JSON.stringify(NASTY.cypher2).slice(1, -1));

    const events = (await getJson(`${url}api/entities/${encodeURIComponent(person.id)}/events`)).body.items;
    expect(events).toHaveLength(1);
    const meeting = (await getJson(`${url}api/events/${encodeURIComponent(events[0].id)}`)).body;
    const text = JSON.stringify(meeting);
    for (const s of [NASTY.html, NASTY.cypher, NASTY.cypher2]) expect(text).toContain(JSON.stringify(s).slice(1, -1));
    expect(meeting.evidence?.[0] ?? meeting.event?.evidence?.[0]).toBeDefined();

    const dump = await t.store.dump();
    const pact = dump.pacts.find((p) => p.names.includes(NASTY.cypher))!;
    expect(pact.names).toEqual([NASTY.cypher, NASTY.unicode]);
    expect(pact.obligations).toEqual([NASTY.html]);
    expect(dump.documents!.find((d) => d.id === docId)).toMatchObject({ title: NASTY.cypher, sourceName: NASTY.html });
    expect(dump.meetings.find((m) => m.title === NASTY.html)).toMatchObject({ placeName: NASTY.cypher });
    expect(dump.reportedIn.filter((r) => r.document === docId).map((r) => r.quote).sort()).toEqual([NASTY.cypher2, NASTY.unicode].sort());
    expect(dump.persons.find((p) => p.name === NASTY.quotes)).toMatchObject({ aliases: [NASTY.cypher2] });
  });

  test('in an article, the text and title come back unchanged', async () => {
    const text = `Finnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm in Helsinki on Tuesday. ${NASTY.cypher} ${NASTY.html}`;
    const res = await postJson(`${url}api/documents`, article({ text, title: NASTY.cypher2, sourceName: NASTY.html }));
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({ text, title: NASTY.cypher2 });
    const dump = await t.store.dump();
    expect(dump.documents!.find((d) => d.id === res.body.document.id)).toMatchObject({ title: NASTY.cypher2, sourceName: NASTY.html, textLength: text.length });
    expect((await getJson(`${url}api/health`)).status).toBe(200);
  });
});
