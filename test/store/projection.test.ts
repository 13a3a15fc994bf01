// The in-memory projection must be invisible: the whole store contract passes through it, and
// on a synthetic world every question it answers from memory gets the same answer the embedded
// store gives with its own Cypher (the store is the reference), before and after more writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Relation } from '../../server/domain/network/schema.js';
import type { GraphStore, TieQuery, TimeWindow } from '../../server/store/graph-store.js';
import { openLadybugStore, type LadybugStore } from '../../server/store/ladybug/ladybug-store.js';
import { withProjection, type ProjectedStore } from '../../server/store/projection/with-projection.js';
import { planWorld, worldBatches } from '../../server/synthetic/world.js';
import { describeGraphStore } from './graph-store.contract.js';

const root = mkdtempSync(path.join(tmpdir(), 'entente-projection-'));
let n = 0;
const freshDir = () => path.join(root, `store-${++n}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

await describeGraphStore('ladybug behind the projection', async () => withProjection(await openLadybugStore(freshDir())));

const WORLD = { seed: 11, meetings: 3000, pacts: 300, persons: 300, years: 6, startYear: 2018, batchSize: 1000 };

describe('projection answers as the store does (synthetic world)', () => {
  let inner: LadybugStore;
  let projected: ProjectedStore;
  const plan = planWorld(WORLD);
  const busy = plan.countries.slice(0, 4).map((c) => `country:${c}`);
  const quiet = plan.countries.slice(-3).map((c) => `country:${c}`);

  const windows: TimeWindow[] = [{}, { from: '2020', to: '2020' }, { from: '2019-03-05', to: '2021-02-10' }, { from: '2023-06' }, { to: '2018-01-31' }];
  const tieQueries: TieQuery[] = [
    ...windows.map((w) => ({ ...w, relations: ['met', 'pact'] as Relation[] })),
    { from: '2020', to: '2021', relations: ['met'], meetingKinds: ['summit', 'call'] },
    { relations: ['pact'], pactKinds: ['alliance', 'treaty'] },
    { from: '2022', relations: ['met', 'pact'], meetingKinds: ['visit'], pactKinds: ['partnership'] },
  ];

  beforeAll(async () => {
    inner = await openLadybugStore(freshDir());
    await inner.init();
    const batches = [...worldBatches(WORLD)];
    // Part written before the projection loads, the rest through it: both paths must agree.
    for (const b of batches.slice(0, 2)) await inner.writeBatch(b);
    projected = withProjection(inner);
    await projected.init();
    await projected.projectionReady();
    for (const b of batches.slice(2)) await projected.writeBatch(b);
    expect(projected.projection().state).toBe('ready');
  });
  afterAll(async () => { await projected.close(); });

  const same = async <T>(ask: (s: GraphStore) => Promise<T>) => {
    const [mine, theirs] = [await ask(projected), await ask(inner)];
    expect(mine).toEqual(theirs);
    return mine;
  };

  it('holds every event of the store', async () => {
    const counts = await inner.counts();
    expect(projected.projection().events).toBe(counts.nodes.meetings + counts.nodes.pacts);
  });

  it('aggregates ties per window and filter', async () => {
    for (const q of tieQueries) {
      const ties = await same((s) => s.ties(q));
      if (!q.to || q.to > '2018-01-31') expect(ties.length).toBeGreaterThan(0);
    }
  });

  it('builds the network\'s ties: filtered, weighted, few ids each', async () => {
    const filters = [
      { minWeight: 1, includeOrganizations: true, maxEventIds: 5 },
      { minWeight: 3, includeOrganizations: false, maxEventIds: 0 },
      { minWeight: 1, includeOrganizations: true, countries: [busy[0].slice(8), quiet[0].slice(8)], maxEventIds: 2 },
    ];
    for (const q of tieQueries) {
      for (const f of filters) {
        const net = await same((s) => s.networkTies({ ...q, ...f }));
        if (f.maxEventIds === 5 && (!q.to || q.to > '2018-01-31')) expect(Object.keys(net.weights).length).toBeGreaterThan(0);
      }
    }
  });

  it('lists shared events of actor pairs page by page', async () => {
    for (const [a, b] of [[busy[0], busy[1]], [busy[2], busy[0]], [busy[0], quiet[0]], [quiet[1], quiet[2]]]) {
      for (const w of windows.slice(0, 3)) {
        for (const relations of [['met'], ['pact'], ['met', 'pact']] as Relation[][]) {
          const first = await same((s) => s.pairEvents(a, b, relations, w, 0, 7));
          if (first.total > 7) await same((s) => s.pairEvents(a, b, relations, w, 7, 7));
        }
      }
    }
    expect((await projected.pairEvents(busy[0], busy[1], ['met'], {}, 0, 5)).total).toBeGreaterThan(5);
  });

  it('lists an actor\'s events and counterparts', async () => {
    for (const id of [...busy.slice(0, 2), quiet[0]]) {
      for (const w of windows.slice(0, 3)) {
        await same((s) => s.entityEvents(id, w, 0, 10));
        await same((s) => s.entityEvents(id, w, 10, 10));
        await same((s) => s.counterparts(id, w, 15));
      }
      await same((s) => s.activity(id));
    }
  });

  it('finds the same shortest paths', async () => {
    for (const [source, target] of [[busy[0], quiet[0]], [quiet[0], quiet[2]], [quiet[1], busy[3]]]) {
      for (const q of tieQueries.slice(0, 6)) {
        await same((s) => s.shortestPaths({ ...q, source, target, maxHops: 6, all: true }));
        const [one] = await projected.shortestPaths({ ...q, source, target, maxHops: 6, all: false });
        const all = await inner.shortestPaths({ ...q, source, target, maxHops: 6, all: true });
        if (all.length) expect(all).toContainEqual(one); else expect(one).toBeUndefined();
      }
    }
  });

  it('finds the write path\'s duplicates (meetings by actors and span, pacts by parties)', async () => {
    const all = await inner.dump();
    const actorsOf = (rows: { entity: string; event: string }[], id: string) => rows.filter((r) => r.event === id && !r.entity.startsWith('person:')).map((r) => r.entity);
    const attended = all.attended.map((r) => ({ entity: r.entity, event: r.meeting }));
    const parties = all.partyTo.map((r) => ({ entity: r.entity, event: r.pact }));
    let found = 0;
    for (const m of all.meetings.slice(0, 40)) found += (await same((s) => s.findMeetings(m.dateFrom, m.dateTo, actorsOf(attended, m.id)))).length;
    for (const p of all.pacts.slice(0, 20)) found += (await same((s) => s.findPacts(actorsOf(parties, p.id)))).length;
    expect(found).toBeGreaterThanOrEqual(60);
  });

  it('has the same time range', async () => {
    await same((s) => s.timeRange());
  });
});

describe('projection lifecycle', () => {
  it('serves from the store until loaded, then follows every write', async () => {
    const store = withProjection(await openLadybugStore(freshDir()));
    try {
      await store.init();
      const [people, meetings] = [...worldBatches({ seed: 5, meetings: 300, pacts: 0, persons: 50, batchSize: 300 })];
      const writing = store.writeBatch(people).then(() => store.writeBatch(meetings));
      await store.projectionReady();
      await writing;
      expect(store.projection()).toMatchObject({ state: 'ready', events: 300 });
      // A repeat changes nothing, here as in the store.
      await store.writeBatch(meetings);
      expect(store.projection().events).toBe(300);
    } finally {
      await store.close();
    }
  });
});
