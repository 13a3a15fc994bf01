// The bulk load paths on a small synthetic world: the embedded store loaded by COPY holds exactly
// what the normal write path (store.writeBatch) writes for the same rows, read back through the
// port (counts, dump, windowed ties, event lists with their participants and place, roles with
// their term dates); edge files out of event order give the same store; a used store is
// refused. The Neo4j bulk path, on a private harness instance when test/neo4j is built, reads
// back as Neo4j's own write path does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GraphStore, WriteBatch } from '../../server/store/graph-store.js';
import { StoreError } from '../../server/store/graph-store.js';
import { openStore } from '../../server/store/index.js';
import { bulkLoadLadybug } from '../../server/store/ladybug/bulk-load.js';
import { writeWorldCsv } from '../../server/synthetic/csv.js';
import { planWorld, worldBatches } from '../../server/synthetic/world.js';
import { startNeo4j, type Neo4jInstance } from '../bench/figures/neo4j-instance.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-bulk-test-'));
const plan = planWorld({ seed: 7, meetings: 4_000, pacts: 400, persons: 600, years: 5, startYear: 2018, batchSize: 1_000 });
const csvDir = path.join(tmp, 'csv');
let normal: GraphStore;
let bulk: GraphStore;

/** Dump rows in a stable order, so two stores' dumps compare as wholes. */
function canonical(b: WriteBatch): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(b)) if (Array.isArray(v)) out[k] = v.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
  return out;
}

async function reads(store: GraphStore) {
  const window = { from: '2021-01-01', to: '2021-12-31' };
  const persons = plan.persons.filter((_, i) => i % 97 === 0).map((p) => p.id);
  return {
    counts: await store.counts(),
    ties: await store.ties({ relations: ['met', 'pact'], ...window }),
    attendance: await store.attendance({ relations: ['met'], ...window }),
    usEvents: await store.entityEvents('country:US', window, 0, 40),
    personEvents: await store.entityEvents(persons[1], {}, 0, 20),
    pair: await store.pairEvents('country:US', 'country:CN', ['met', 'pact'], {}, 0, 30),
    counterparts: await store.counterparts('country:FR', window, 10),
    roles: await Promise.all(persons.map((p) => store.roles(p))),
    // One shortest path is any of several of equal length (the engine's pick depends on storage
    // order), so compare all of them.
    paths: (await store.shortestPaths({ source: 'country:US', target: `country:${plan.countries[plan.countries.length - 1]}`, relations: ['met', 'pact'], maxHops: 6, all: true })).map((p) => p.join('>')).sort(),
  };
}

beforeAll(async () => {
  await writeWorldCsv(csvDir, worldBatches(plan), { seed: 7 });
  await bulkLoadLadybug(path.join(tmp, 'bulk'), csvDir);
  normal = await openStore({ dataDir: path.join(tmp, 'normal'), neo4j: null });
  for (const batch of worldBatches(plan)) await normal.writeBatch(batch);
  bulk = await openStore({ dataDir: path.join(tmp, 'bulk'), neo4j: null });
}, 600_000);

afterAll(async () => {
  await normal?.close();
  await bulk?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('embedded bulk load', () => {
  it('loads every row of the files', async () => {
    const c = await bulk.counts();
    expect(c.nodes).toMatchObject({ meetings: 4_000, pacts: 400, persons: 600, countries: plan.countries.length });
    expect(c.edges.ties).toBeGreaterThan(4_000);
    expect(c.edges.represents).toBe(600);
  });

  it('holds what the normal write path writes for the same rows', async () => {
    expect(canonical(await bulk.dump())).toEqual(canonical(await normal.dump()));
  });

  it('answers reads as the normal path does (participants, places, term dates included)', async () => {
    const [b, n] = [await reads(bulk), await reads(normal)];
    expect(b).toEqual(n);
    expect(b.usEvents.items.length).toBeGreaterThan(0);
    expect(b.usEvents.items.every((e) => e.participants.includes('country:US'))).toBe(true);
    expect(b.usEvents.items.some((e) => e.place !== null)).toBe(true);
    const role = b.roles.flat()[0];
    expect(role.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(role.person).toMatch(/^person:/);
  });

  it('joins edge files in any order (maps instead of the merge join)', async () => {
    const shuffled = path.join(tmp, 'csv-shuffled');
    cpSync(csvDir, shuffled, { recursive: true });
    for (const f of ['attended_country.csv', 'held_in.csv', 'party_to.csv']) {
      const [header, ...rows] = readFileSync(path.join(shuffled, f), 'utf8').trimEnd().split('\n');
      writeFileSync(path.join(shuffled, f), [header, ...rows.reverse()].join('\n') + '\n');
    }
    const report = await bulkLoadLadybug(path.join(tmp, 'bulk-shuffled'), shuffled);
    expect(report.eventJoin).toBe('maps');
    const store = await openStore({ dataDir: path.join(tmp, 'bulk-shuffled'), neo4j: null });
    try {
      expect(await store.entityEvents('country:US', {}, 0, 50)).toEqual(await normal.entityEvents('country:US', {}, 0, 50));
      expect(await store.attendance({ relations: ['met'], from: '2020', to: '2020' })).toEqual(await normal.attendance({ relations: ['met'], from: '2020', to: '2020' }));
    } finally {
      await store.close();
    }
  }, 300_000);

  it('refuses a store that already holds data, and a directory without a manifest', async () => {
    const used = path.join(tmp, 'used');
    const s = await openStore({ dataDir: used, neo4j: null });
    await s.writeBatch((worldBatches(plan).next().value as WriteBatch));
    await s.close();
    await expect(bulkLoadLadybug(used, csvDir)).rejects.toMatchObject({ name: 'StoreError', code: 'conflict' });
    await expect(bulkLoadLadybug(path.join(tmp, 'x'), tmp)).rejects.toThrow(StoreError);
    await expect(bulkLoadLadybug(path.join(tmp, 'x'), tmp)).rejects.toThrow(/manifest\.json is missing/);
  }, 120_000);
});

describe('Neo4j bulk load', () => {
  const tiny = planWorld({ seed: 3, meetings: 300, pacts: 40, persons: 120, years: 3, startYear: 2020 });
  const tinyCsv = path.join(tmp, 'csv-tiny');
  let instance: Neo4jInstance | string = 'not started';

  beforeAll(async () => {
    instance = await startNeo4j('512m');
    if (typeof instance === 'string') { console.warn(`Neo4j bulk load test skipped: ${instance}`); return; }
    await writeWorldCsv(tinyCsv, worldBatches(tiny), { seed: 3 });
  }, 300_000);

  afterAll(async () => {
    if (typeof instance !== 'string') await instance.stop();
  }, 60_000);

  const neo4jReads = async (store: GraphStore) => {
    const window = { from: '2021-01-01', to: '2021-12-31' };
    return {
      counts: await store.counts(),
      ties: await store.ties({ relations: ['met', 'pact'], ...window }),
      usEvents: await store.entityEvents('country:US', {}, 0, 30),
      pair: await store.pairEvents('country:US', 'country:CN', ['met', 'pact'], {}, 0, 30),
      roles: await Promise.all(tiny.persons.filter((_, i) => i % 11 === 0).map((p) => store.roles(p.id))),
    };
  };

  it('loads the files into an empty Neo4j and reads back as its normal write path', async () => {
    if (typeof instance === 'string') { console.warn(`skipped: ${instance}`); return; }
    const { bulkLoadNeo4j } = await import('../../server/store/neo4j/bulk-load.js');
    const options = { uri: instance.uri, user: 'neo4j', password: 'unused', database: 'neo4j' };
    const store = (await openStore({ dataDir: '', neo4j: options })) as GraphStore & { deleteAll(): Promise<void> };
    try {
      for (const batch of worldBatches(tiny)) await store.writeBatch(batch);
      const expected = await neo4jReads(store);
      await store.deleteAll();
      const report = await bulkLoadNeo4j(options, tinyCsv, { batchSize: 100 });
      expect(report.rows.meetings).toBe(300);
      const got = await neo4jReads(store);
      expect(got).toEqual(expected);
      expect(got.counts.nodes.meetings).toBe(300);
      expect(got.roles.flat()[0].from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await expect(bulkLoadNeo4j(options, tinyCsv)).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      await store.close();
    }
  }, 300_000);
});
