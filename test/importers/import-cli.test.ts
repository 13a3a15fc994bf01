// `entente import` end to end: fixtures in, interchange files or a real embedded store out.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureCli } from './cli-capture.fixtures.js';
import { runImport } from '../../server/cli/import.js';
import { loadConfig } from '../../server/config.js';
import { openStore } from '../../server/store/index.js';
import { Interchange } from '../../server/domain/interchange/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ATOP = path.join(root, 'server/importers/atop/fixtures');
const GDELT = path.join(root, 'server/importers/gdelt/fixtures/events.export.tsv');

const cli = captureCli('entente-import-');
let tmp: string;
let stderr: string[];
beforeEach(() => { tmp = cli.tmp(); stderr = cli.stderr(); });

test('--dry-run prints the summary with rejections and unmapped codes, writes nothing', async () => {
  expect(await runImport(['atop', '--alliances', path.join(ATOP, 'alliances.csv'), '--members', path.join(ATOP, 'members.csv'), '--dry-run'])).toBe(0);
  const out = stderr.join('\n');
  expect(out).toContain('import atop: 5 read, 4 written, 0 skipped as duplicates, 1 rejected');
  expect(out).toContain('rejected 1: fewer than two members with an ISO code');
  expect(out).toContain('1× unmapped COW code 300 (Austria-Hungary)');
  expect(await readdir(tmp)).toEqual([]);
});

test('--out FILE.json writes one valid interchange document and the membership spells beside it', async () => {
  const out = path.join(tmp, 'atop.json');
  expect(await runImport(['atop', '--alliances', path.join(ATOP, 'alliances.csv'), '--members', path.join(ATOP, 'members.csv'), '--out', out])).toBe(0);
  const doc = Interchange.parse(JSON.parse(await readFile(out, 'utf8')));
  expect(doc.events).toHaveLength(4);
  const spells = (await readFile(path.join(tmp, 'atop.memberships.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  expect(spells).toHaveLength(4);
  expect(spells.flatMap((s) => s.memberships)).toHaveLength(13);
});

test('--out DIR writes chunk files; gdelt merges duplicate reports', async () => {
  const dir = path.join(tmp, 'gdelt');
  expect(await runImport(['gdelt', GDELT, '--out', dir, '--chunk-size', '2'])).toBe(0);
  const files = (await readdir(dir)).sort();
  expect(files.length).toBeGreaterThan(1);
  let events = 0;
  for (const f of files) events += Interchange.parse(JSON.parse(await readFile(path.join(dir, f), 'utf8'))).events.length;
  expect(events).toBe(6);
  expect(stderr.join('\n')).toContain('import gdelt: 14 read, 6 written, 2 skipped as duplicates, 6 rejected');
});

test('bad usage is exit code 2 with a message naming the problem', async () => {
  expect(await runImport(['atop'])).toBe(2);
  expect(await runImport(['cow'])).toBe(2);
  expect(await runImport(['gdelt', GDELT, '--chunk-size', 'x'])).toBe(2);
  expect(stderr.join('\n')).toMatch(/needs --alliances FILE[\s\S]*unknown dataset "cow"[\s\S]*--chunk-size must be a positive integer/);
});

describe('loading into a real embedded store', () => {
  const saved = { ...process.env };
  beforeEach(() => { process.env.ENTENTE_DATA_DIR = path.join(tmp, 'db'); delete process.env.NEO4J_URI; });
  afterEach(() => { process.env = { ...saved }; });
  const counts = async () => {
    const store = await openStore(loadConfig());
    try { return await store.counts(); } finally { await store.close(); }
  };

  test('gdelt: events, one document per source URL; a second run changes nothing', async () => {
    expect(await runImport(['gdelt', GDELT])).toBe(0);
    const first = await counts();
    // Cited URLs: a, b (the merged JP–US visit), a (KR–US), c, d, h, k; reports: 2 + 1 + 4.
    expect(first.nodes).toMatchObject({ meetings: 5, pacts: 1, documents: 6 });
    expect(first.edges.reportedIn).toBe(7);
    expect(await runImport(['gdelt', GDELT])).toBe(0);
    expect(await counts()).toEqual(first);
    expect(stderr.join('\n')).toContain('0 documents written, 6 already present (skipped)');
  });

  test('atop: pacts with their parties', async () => {
    expect(await runImport(['atop', '--alliances', path.join(ATOP, 'alliances.csv'), '--members', path.join(ATOP, 'members.csv')])).toBe(0);
    const c = await counts();
    expect(c.nodes.pacts).toBe(4);
    expect(c.edges.partyTo).toBe(2 + 2 + 2 + 4);
  });
});
