// Access control of the real server process with ENTENTE_TOKEN set: writes need the token,
// no GET parameter is ever executed as Cypher, CORS stays closed to foreign origins, security
// headers are on every response, and a non-loopback host needs a token or an explicit opt-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import { loadPath } from '../../server/ingest/load.js';
import { openStore } from '../../server/store/index.js';
import { SEEDS_DIR } from '../http/seeded-store.fixtures.js';
import { snapshotOf, type Snapshot } from './graph-snapshot.js';
import { report } from './reports.fixtures.js';
import { getJson, postJson, runToExit, startServer, type ServerProcess } from './server-process.fixtures.js';

const TOKEN = 'reliability-token-0123456789';
const dirs: string[] = [];
const servers: ServerProcess[] = [];
const tempDir = () => { const d = mkdtempSync(path.join(tmpdir(), 'entente-access-')); dirs.push(d); return d; };
let dir: string;
let server: ServerProcess;
let before: Snapshot;

beforeAll(async () => {
  dir = tempDir();
  const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }));
  try {
    await loadPath(store, SEEDS_DIR);
    before = await snapshotOf(store);
  } finally {
    await store.close();
  }
  server = await startServer({ ENTENTE_DATA_DIR: dir, ENTENTE_TOKEN: TOKEN });
  servers.push(server);
}, 90_000);

afterAll(async () => {
  for (const s of servers) await s.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const CYPHER = ["'}) DETACH DELETE n //", 'country:JP"}) MATCH (n) DETACH DELETE n RETURN count(*) // */ CALL db.clear() /*'];

describe('writes need the token', () => {
  const WRITES: [string, unknown][] = [['api/import', report(0, { tag: 'access' })], ['api/documents', { text: 'Finnish Foreign Minister Aino Virtanen met Estonian Foreign Minister Mart Tamm in Helsinki on Tuesday.', published: '2025-04-10', lang: 'en' }]];
  const BAD: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['a wrong token', { authorization: 'Bearer not-the-right-token' }],
    ['the token with one character more', { authorization: `Bearer ${TOKEN}x` }],
    ['the token as Basic credentials', { authorization: `Basic ${Buffer.from(`entente:${TOKEN}`).toString('base64')}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['the token in another header', { 'x-entente-token': TOKEN }],
  ];
  test.each(WRITES.flatMap(([route, body]) => BAD.map(([name, headers]) => [route, name, headers, body] as const)))('POST /%s with %s → 401, nothing written', async (route, _name, headers, body) => {
    const res = await postJson(`${server.url}${route}?token=${TOKEN}`, body, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.body.detail).toMatch(/token|Authorization/);
    expect((await getJson(`${server.url}api/health`)).body.counts.documents).toBe(before.documents.length);
  });

  test('the request log has method, url, status and time of each request, never its headers (the token stays out)', async () => {
    const url = 'api/search?q=request-log-probe';
    expect((await getJson(`${server.url}${url}`, { headers: { authorization: `Bearer ${TOKEN}`, cookie: 'session=secret-cookie' } })).status).toBe(200);
    let line: Record<string, any> | undefined;
    for (let i = 0; i < 50 && !line; i++) {
      line = server.output().split('\n').filter((l) => l.includes('request-log-probe')).map((l) => JSON.parse(l))[0];
      if (!line) await new Promise((r) => setTimeout(r, 20));
    }
    expect(line).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: `/${url}` }, res: { statusCode: 200 } });
    expect(typeof line!.responseTime).toBe('number');
    expect(line!.req.headers).toBeUndefined();
    expect(server.output()).not.toContain(`Bearer ${TOKEN}`);
    expect(server.output()).not.toContain('secret-cookie');
  });

  test('a malformed body without the token is still 401 (the token is checked first)', async () => {
    const res = await postJson(`${server.url}api/import`, '{"events": [');
    expect(res.status).toBe(401);
  });
});

// Values that make each route answer 200, so a payload in one parameter is tried against a working request.
const VALID: Record<string, string> = {
  q: 'Japan', id: 'country:JP', a: 'country:JP', b: 'country:US', source: 'country:JP', target: 'country:US',
  at: '2020-01-01', at1: '2015-01-01', at2: '2020-01-01', from: '2010-01-01', to: '2024-12-31', format: 'cyjs',
};

interface Param { in: 'path' | 'query'; name: string; required?: boolean }
interface Route { path: string; params: Param[] }

describe('no GET parameter is executed as Cypher', () => {
  let routes: Route[] = [];
  beforeAll(async () => {
    const doc = (await getJson(`${server.url}api/openapi.json`)).body;
    routes = Object.entries<Record<string, { parameters?: Param[] }>>(doc.paths)
      .filter(([, ops]) => ops.get)
      .map(([p, ops]) => ({ path: p, params: ops.get.parameters ?? [] }));
  });

  const urlOf = (r: Route, values: Record<string, string>) => {
    const p = r.path.replace(/\{(\w+)\}/g, (_m, name) => encodeURIComponent(values[name]));
    const qs = new URLSearchParams(r.params.filter((x) => x.in === 'query' && values[x.name] !== undefined).map((x) => [x.name, values[x.name]]));
    return `${server.url}${p.slice(1)}${qs.size ? `?${qs}` : ''}`;
  };
  const required = (r: Route) => Object.fromEntries(r.params.filter((x) => x.required || x.in === 'path').map((x) => [x.name, r.path.startsWith('/api/events/') && x.name === 'id' ? JSON.parse(before.meetings[0]).id : VALID[x.name]]));

  test('every GET route answers its valid request (so the payload tests below mean something)', async () => {
    expect(routes.length).toBeGreaterThan(15);
    const statuses = await Promise.all(routes.map(async (r) => [r.path, (await fetch(urlOf(r, required(r)))).status]));
    expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
  }, 60_000);

  test('Cypher in every parameter of every GET route: no 500, and the graph is unchanged', async () => {
    const failures: string[] = [];
    let tried = 0;
    for (const r of routes) {
      const base = required(r);
      const baseline = await (await fetch(urlOf(r, base))).text();
      for (const [n, param] of [...r.params, { in: 'query' as const, name: 'cypher' }].entries()) {
        // One payload per parameter, alternating, keeps the sweep to a few seconds.
        for (const payload of [CYPHER[n % CYPHER.length]]) {
          const values = { ...base, [param.name]: payload };
          const route = param.name === 'cypher' ? { ...r, params: [...r.params, param] } : r;
          const res = await fetch(urlOf(route, values));
          const text = await res.text();
          tried++;
          if (res.status >= 500) failures.push(`${res.status} ${r.path} ${param.name}=${payload}: ${text.slice(0, 200)}`);
          // A parameter nobody declared is ignored: the answer is the baseline's.
          if (param.name === 'cypher' && res.status === 200 && !r.path.startsWith('/api/health') && text !== baseline) failures.push(`${r.path}: an unknown parameter changed the answer`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(100);
    expect((await getJson(`${server.url}api/health`)).body.counts.documents).toBe(before.documents.length);
  }, 120_000);
});

describe('CORS and security headers', () => {
  const PATHS = ['api/health', 'api/network', 'api/no-such-route', 'api/entities/country%3AZZ', ''];

  test.each(PATHS)('GET /%s from a foreign origin: no CORS grant, security headers present', async (p) => {
    const res = await fetch(server.url + p, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-frame-options')).toMatch(/DENY|SAMEORIGIN/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('a preflight from a foreign origin for a write gets no CORS grant', async () => {
    const res = await fetch(`${server.url}api/import`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  test('the right token writes, and the graph holds exactly the seeds plus that write', async () => {
    const res = await postJson(`${server.url}api/import`, report(0, { tag: 'access' }), { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.body.documents.written).toBe(1);
    expect(await server.stop()).toBe(0);
    const store = await openStore(loadConfig({ ENTENTE_DATA_DIR: dir }));
    try {
      const after = await snapshotOf(store);
      for (const [key, rows] of Object.entries(before)) expect([key, after[key].filter((r) => !rows.includes(r)).length]).toEqual([key, expect.any(Number)]);
      expect(after.documents.length).toBe(before.documents.length + 1);
      for (const [key, rows] of Object.entries(before)) for (const r of rows) expect([key, after[key].includes(r)]).toEqual([key, true]);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('listening beyond loopback', () => {
  test('HOST=0.0.0.0 without a token is refused with a clear message and a non-zero exit', async () => {
    const r = await runToExit({ ENTENTE_DATA_DIR: tempDir(), HOST: '0.0.0.0' });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(r.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without ENTENTE_TOKEN/);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.stdout).not.toMatch(/entente is listening/);
  }, 60_000);

  test('HOST=0.0.0.0 starts with ENTENTE_ALLOW_REMOTE=1', async () => {
    const s = await startServer({ ENTENTE_DATA_DIR: tempDir(), HOST: '0.0.0.0', ENTENTE_ALLOW_REMOTE: '1' });
    servers.push(s);
    expect(s.output()).toMatch(/"url":"http:\/\/0\.0\.0\.0:\d+\/"/);
    expect((await getJson(`${s.url}api/health`)).status).toBe(200);
    expect(await s.stop()).toBe(0);
  }, 60_000);
});
