import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pact } from '../../domain/event/schema.js';
import { Interchange } from '../../domain/interchange/schema.js';
import type { ImportChunk } from '../report.js';
import { atopPactId, importAtop } from './import-atop.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => path.join(here, 'fixtures', name);
const REAL = path.resolve(here, '../../../../shared/data/atop-v4.01');

async function collect(opts: Parameters<typeof importAtop>[0]) {
  const { report, chunks } = importAtop(opts);
  const all: ImportChunk[] = [];
  for await (const c of chunks) all.push(c);
  const pacts = all.flatMap((c) => c.interchange.events) as Pact[];
  const memberships = Object.assign({}, ...all.map((c) => c.memberships));
  return { report, chunks: all, pacts, memberships, byId: (atopid: string) => pacts.find((p) => p.id === atopPactId(atopid)) };
}
const codes = (p: Pact | undefined) => p?.participants.map((x) => (x.type === 'country' ? x.code : '?'));

describe('ATOP importer on hand-written fixtures', () => {
  const opts = { alliancesFile: fixture('alliances.csv'), membersFile: fixture('members.csv') };

  test('a bilateral defense pact: parties, date, kind, obligations, source', async () => {
    const { byId } = await collect(opts);
    const p = byId('9001')!;
    expect(codes(p)).toEqual(['JP', 'US']);
    expect(p).toMatchObject({ kind: 'defense', status: 'signed', date: '1960-01-19', endDate: null, names: ['ATOP 9001'], obligations: ['defense', 'consultation'] });
    expect(p.source).toMatchObject({ dataset: 'ATOP v4.01', recordId: 'atopid=9001' });
  });

  test('states that no longer exist are unmapped and counted; fewer than two parties is a rejection', async () => {
    const { byId, report } = await collect(opts);
    expect(byId('9002')).toBeUndefined();
    expect(report.rejected.get('fewer than two members with an ISO code')).toBe(1);
    expect(report.unmapped.get('unmapped COW code 300 (Austria-Hungary)')).toBe(1);
    const warsaw = byId('9003')!;
    expect(codes(warsaw)).toEqual(['HU', 'PL']);
    expect(report.unmapped.get('unmapped COW code 365 (Russian Empire / Soviet Union)')).toBe(1);
    expect(warsaw.endDate).toBe('1991-07-01');
    expect(warsaw.source?.recordId).toBe('atopid=9003;cow4id=999');
  });

  test('dates keep the precision given; non-military pacts are kind alliance', async () => {
    const p = (await collect(opts)).byId('9004')!;
    expect(p).toMatchObject({ date: '1904-04', endDate: '1914', kind: 'alliance', obligations: ['neutrality', 'nonaggression'] });
  });

  test('phases: later entrants are parties and every member spell is kept', async () => {
    const { byId, memberships } = await collect(opts);
    const p = byId('9005')!;
    expect(codes(p)).toEqual(['BE', 'DE', 'IT', 'NL']);
    const spells = memberships[p.id!];
    expect(spells).toHaveLength(6);
    expect(spells).toContainEqual({ code: 'NL', sourceCode: '210', from: '1948-03-17', to: '1954-10-23', phase: 1 });
    expect(spells).toContainEqual({ code: 'DE', sourceCode: '260', from: '1954-10-23', to: null, phase: 2 });
  });

  test('report totals and chunking; every chunk is a valid interchange document', async () => {
    const { report, chunks } = await collect({ ...opts, chunkSize: 2 });
    expect(report).toMatchObject({ rowsRead: 5, eventsProduced: 4, duplicatesMerged: 0 });
    expect(chunks.map((c) => c.interchange.events.length)).toEqual([2, 2]);
    for (const c of chunks) expect(Interchange.safeParse(c.interchange).success).toBe(true);
  });

  test('without a member file the alliance row lists the members', async () => {
    const { byId } = await collect({ alliancesFile: fixture('alliances.csv') });
    expect(codes(byId('9005'))).toEqual(['BE', 'DE', 'IT', 'NL']);
  });

  test('a wrong file is named in the error', async () => {
    await expect(collect({ alliancesFile: fixture('members.csv') })).rejects.toThrow(/members\.csv: missing columns .*ATOP alliance-level/);
    await expect(collect({ alliancesFile: fixture('nope.csv') })).rejects.toThrow(/ATOP alliance-level file not found: .*nope\.csv/);
  });
});

describe('ATOP importer on the real v4.01 files', () => {
  const present = existsSync(path.join(REAL, 'atop-alliance-level.csv')) && existsSync(path.join(REAL, 'atop-member-level.csv'));
  if (!present) console.warn(`skipping the real ATOP tests: ${REAL} is absent`);
  const run = present ? test : test.skip;

  run('NATO (atopid 3180): founders and later members, 1949-04-04, two phases', async () => {
    const { byId, memberships, report } = await collect({ alliancesFile: path.join(REAL, 'atop-alliance-level.csv'), membersFile: path.join(REAL, 'atop-member-level.csv') });
    const nato = byId('3180')!;
    expect(nato.date).toBe('1949-04-04');
    expect(nato.kind).toBe('defense');
    expect(codes(nato)).toEqual(expect.arrayContaining(['US', 'GB', 'FR', 'CA', 'IT', 'NL', 'DE', 'TR', 'EE', 'AL']));
    expect(memberships[nato.id!]).toContainEqual({ code: 'EE', sourceCode: '366', from: '2003-03-26', to: null, phase: 2 });
    // US–Japan security treaty of 1960
    expect(codes(byId('3375'))).toEqual(['JP', 'US']);
    expect(byId('3375')!.date).toBe('1960-01-19');
    expect(report.rowsRead).toBe(745);
    expect(report.eventsProduced + [...report.rejected.values()].reduce((a, b) => a + b, 0)).toBe(745);
    expect(report.unmapped.get('unmapped COW code 300 (Austria-Hungary)')).toBeGreaterThan(0);
  });
});
