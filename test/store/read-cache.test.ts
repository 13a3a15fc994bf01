// The read cache must be invisible: the whole store contract passes through it, and a write
// empties it so the next read sees the new graph.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { openLadybugStore } from '../../server/store/ladybug/ladybug-store.js';
import { withReadCache } from '../../server/store/read-cache.js';
import { planWrites } from '../../server/domain/interchange/plan.js';
import { Interchange } from '../../server/domain/interchange/schema.js';
import { loadInterchange } from '../../server/ingest/load.js';
import { describeGraphStore } from './graph-store.contract.js';

const root = mkdtempSync(path.join(tmpdir(), 'entente-cache-'));
let n = 0;
const freshDir = () => path.join(root, `store-${++n}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

await describeGraphStore('ladybug behind the read cache', async () => withReadCache(await openLadybugStore(freshDir()), 100));

const pact = (a: string, b: string, date: string) => Interchange.parse({
  events: [{ type: 'pact', kind: 'treaty', date, names: [`${a}–${b} treaty`], participants: [{ type: 'country', code: a }, { type: 'country', code: b }] }],
});

describe('read cache', () => {
  it('answers repeated reads from memory, shares them frozen, and forgets what a write changes', async () => {
    const store = withReadCache(await openLadybugStore(freshDir()), 100);
    try {
      await store.init();
      for (const b of planWrites(pact('JP', 'AU', '2007-03-13'))) await store.writeBatch(b);
      const query = { relations: ['pact' as const] };
      const first = await store.ties(query);
      // A caller reshaping a shared answer fails at once instead of changing what others get.
      expect(() => { (first[0] as { count: number }).count = 999; }).toThrow(TypeError);
      expect(() => (first as unknown[]).push(1)).toThrow(TypeError);
      const second = await store.ties(query);
      expect(second).toHaveLength(1);
      expect(second[0].count).toBe(1);
      expect(store.cacheStats()).toMatchObject({ hits: 1, misses: 1 });
      for (const b of planWrites(pact('JP', 'IN', '2008-10-22'))) await store.writeBatch(b);
      expect(await store.ties(query)).toHaveLength(2);
      expect((await store.counts()).nodes.pacts).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('keeps the answers a write cannot change: other windows, other actors', async () => {
    const store = withReadCache(await openLadybugStore(freshDir()), 100);
    try {
      await store.init();
      for (const b of planWrites(pact('JP', 'AU', '2007-03-13'))) await store.writeBatch(b);
      const y2007 = { relations: ['pact' as const], from: '2007', to: '2007' };
      const y2008 = { relations: ['pact' as const], from: '2008', to: '2008' };
      const before2007 = await store.ties(y2007);
      const before2008 = await store.ties(y2008); // the 2007 treaty is in force in 2008 too
      const jpAu = await store.pairEvents('country:JP', 'country:AU', ['pact'], y2007, 0, 10);
      // A treaty of FR and DE signed in 2010 (in force from then on): nothing of 2007 or 2008 changes.
      for (const b of planWrites(pact('FR', 'DE', '2010-01-22'))) await store.writeBatch(b);
      expect(await store.ties(y2007)).toBe(before2007);
      expect(await store.ties(y2008)).toBe(before2008);
      expect(await store.pairEvents('country:JP', 'country:AU', ['pact'], y2007, 0, 10)).toBe(jpAu);
      expect(store.cacheStats().kept).toBeGreaterThanOrEqual(3);
      // One of JP and IN in 2008 changes the 2008 window and JP's pairs, and the answers say so.
      for (const b of planWrites(pact('JP', 'IN', '2008-10-22'))) await store.writeBatch(b);
      expect(await store.ties(y2007)).toBe(before2007);
      expect(await store.ties(y2008)).toHaveLength(2);
      expect(await store.pairEvents('country:JP', 'country:AU', ['pact'], y2007, 0, 10)).not.toBe(jpAu);
      // The same answers as a store without a cache.
      const plain = await openLadybugStore(freshDir());
      await plain.init();
      try {
        for (const [a, b, d] of [['JP', 'AU', '2007-03-13'], ['FR', 'DE', '2010-01-22'], ['JP', 'IN', '2008-10-22']]) for (const x of planWrites(pact(a, b, d))) await plain.writeBatch(x);
        for (const q of [y2007, y2008, { relations: ['pact' as const] }]) expect(await store.ties(q)).toEqual(await plain.ties(q));
      } finally {
        await plain.close();
      }
    } finally {
      await store.close();
    }
  });

  it('a second report of a stored meeting drops only the windows of that meeting (its span comes from the store)', async () => {
    const report = (doc: string, persons: string[]) => ({
      documents: [{ id: doc, title: doc, lang: 'en', published: '2019-04-05' }],
      events: [{ type: 'meeting', kind: 'talks', date: '2019-04-02', participants: [{ type: 'country', code: 'FR' }, { type: 'country', code: 'JP' }, ...persons.map((name) => ({ type: 'person', name, country: 'JP' }))], evidence: [{ documentId: doc, start: 0, end: 5 }] }],
    });
    const store = withReadCache(await openLadybugStore(freshDir()), 100);
    const plain = await openLadybugStore(freshDir());
    try {
      await store.init();
      await plain.init();
      const first = report('doc:0f1a0f1a', []);
      for (const s of [store, plain]) for (const b of planWrites(pact('JP', 'AU', '2007-03-13'))) await s.writeBatch(b);
      for (const s of [store, plain]) await loadInterchange(s, first);
      const met2007 = { relations: ['met' as const, 'pact' as const], from: '2007', to: '2007' };
      const met2019 = { relations: ['met' as const], from: '2019', to: '2019' };
      const before2007 = await store.ties(met2007);
      await store.attendance(met2019);
      // Another outlet reports the same talks and names a minister: merged into the stored meeting.
      const second = report('doc:0f2b0f2b', ['Taro Example']);
      const loaded = await loadInterchange(store, second);
      await loadInterchange(plain, second);
      expect(loaded.events.merged).toBe(1);
      expect(await store.ties(met2007)).toBe(before2007);
      for (const q of [met2007, met2019]) {
        expect(await store.attendance(q)).toEqual(await plain.attendance(q));
        expect(await store.ties(q)).toEqual(await plain.ties(q));
      }
      expect((await store.attendance(met2019))[0].entities.some((e) => e.startsWith('person:'))).toBe(true);
    } finally {
      await store.close();
      await plain.close();
    }
  });
});
