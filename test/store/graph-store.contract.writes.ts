// The contract suite's write guarantees: atomicity, hostile strings, concurrency, events that
// gain edges later, document order and the dump round trip, each on a fresh store (see
// graph-store.contract.ts for the semantics pinned and how stores are opened).
import { describe, expect, it } from '@jest/globals';
import { countryRow, emptyBatch, planWrites, searchTextOf } from '../../server/domain/interchange/plan.js';
import { Interchange } from '../../server/domain/interchange/schema.js';
import type { Counts, WriteBatch } from '../../server/store/graph-store.js';
import { contentsOfDump, countsOf, expectedContents, FIXTURE, fixtureBatches, fixtureEvents, JP, overlappingBatches, P, PH, US, VN, writeAll } from './graph-store.fixtures.js';
import type { UseStore } from './graph-store.contract.js';

export function describeWriteGuarantees(useStore: UseStore): void {
  describe('atomicity', () => {
    const ref = useStore();
    it('a batch failing midway leaves nothing of its document', async () => {
      const [first, ...rest] = fixtureBatches();
      await ref.s.writeBatch(first);
      const before = await ref.s.dump();
      const bad = structuredClone(rest[0]);
      bad.meetings[bad.meetings.length - 1].dateFrom = '2024-13-45';
      await expect(ref.s.writeBatch(bad)).rejects.toMatchObject({ name: 'StoreError' });
      expect(await ref.s.hasDocument(bad.document!.id)).toBe(false);
      expect(contentsOfDump(await ref.s.dump())).toEqual(contentsOfDump(before));

      const dangling = structuredClone(rest[0]);
      dangling.attended.push({ entity: 'country:FR', meeting: dangling.meetings[0].id, role: null });
      await expect(ref.s.writeBatch(dangling)).rejects.toMatchObject({ name: 'StoreError' });
      expect(contentsOfDump(await ref.s.dump())).toEqual(contentsOfDump(before));

      const undated = structuredClone(rest[0]);
      (undated.meetings[0] as { dateFrom: string | null }).dateFrom = null;
      await expect(ref.s.writeBatch(undated)).rejects.toMatchObject({ name: 'StoreError' });
      expect(contentsOfDump(await ref.s.dump())).toEqual(contentsOfDump(before));

      // The store is still usable, and the good batch goes in whole.
      await writeAll(ref.s, rest);
      expect(await ref.s.counts()).toEqual(countsOf(expectedContents([first, ...rest])));
    });
  });

  describe('hostile strings', () => {
    const ref = useStore();
    it('are stored verbatim and change nothing else', async () => {
      const batches = fixtureBatches();
      await writeAll(ref.s, batches);
      const before = contentsOfDump(await ref.s.dump());
      const nasty = ['\'}) DETACH DELETE n //', '"); MATCH (n) DETACH DELETE n; //', '<script>alert("x")</script>', 'C:\\path\\to\\file \\n \\u0000', 'tab\tnew\nline', '$param {x} `tick`', 'emoji 🇯🇵🤝🇻🇳', ''];
      const doc = structuredClone(batches[1]);
      const id = 'doc:0123456789abcdef';
      doc.document = { ...doc.document!, id, title: nasty.join(' | '), sourceName: nasty[0], sourceUrl: nasty[2] };
      doc.countries = []; doc.persons = []; doc.organizations = []; doc.meetings = []; doc.pacts = []; doc.attended = []; doc.partyTo = []; doc.represents = []; doc.heldIn = []; doc.ties = [];
      doc.reportedIn = nasty.map((q, i) => ({ event: batches[0].meetings[0].id, document: id, start: i, end: i + 1, quote: q, rule: nasty[(i + 1) % nasty.length] }));
      doc.persons = [{ id: 'person:hostile-1', name: nasty[0], aliases: nasty, country: null, searchText: searchTextOf(nasty) }];
      await ref.s.writeBatch(doc);
      const [node] = await ref.s.getNodes([id]);
      expect(node.props).toEqual(doc.document);
      const [person] = await ref.s.getNodes(['person:hostile-1']);
      expect(person.props).toEqual(doc.persons[0]);
      const after = contentsOfDump(await ref.s.dump());
      expect(after.tables.reportedIn.filter((r) => r.document === id).sort((x, y) => x.start - y.start)).toEqual(doc.reportedIn);
      // Everything that was there before is still there, unchanged.
      expect(after.tables.meetings).toEqual(before.tables.meetings);
      expect(after.tables.countries).toEqual(before.tables.countries);
      expect(after.tables.persons.filter((p) => p.id !== 'person:hostile-1')).toEqual(before.tables.persons);
      expect(after.documents.filter((d) => d.id !== id)).toEqual(before.documents);
      expect((await ref.s.search('DETACH DELETE', 5)).map((h) => h.id)).toEqual(['person:hostile-1']);
      expect((await ref.s.search("'})", 5)).map((h) => h.id)).toEqual(['person:hostile-1']);
      expect(await ref.s.getNodes([nasty[0], nasty[1]])).toEqual([]);
    });
  });

  describe('concurrency', () => {
    const ref = useStore();
    it('8 overlapping writeBatch calls at once: no errors, no duplicates, same as sequential', async () => {
      const batches = overlappingBatches(8);
      expect(batches).toHaveLength(8);
      const stats = await Promise.all(batches.map((b) => ref.s.writeBatch(b)));
      expect(stats.every((s) => !s.documentSkipped)).toBe(true);
      const expected = expectedContents(batches);
      expect(await ref.s.counts()).toEqual(countsOf(expected));
      expect(contentsOfDump(await ref.s.dump())).toEqual(expected);
      expect(stats.reduce((n, s) => n + s.nodesCreated, 0)).toBe(Object.values(countsOf(expected).nodes).reduce((a, b) => a + b, 0));
      expect(stats.reduce((n, s) => n + s.edgesCreated, 0)).toBe(Object.values(countsOf(expected).edges).reduce((a, b) => a + b, 0));
      // The same again, all at once: nothing new.
      const again = await Promise.all(batches.map((b) => ref.s.writeBatch(b)));
      expect(again.every((s) => s.nodesCreated === 0 && s.edgesCreated === 0 && s.documentSkipped)).toBe(true);
    });

    it('reads keep answering while writes run', async () => {
      const batches = fixtureBatches();
      const writes = Promise.all(batches.map((b) => ref.s.writeBatch(b)));
      const reads = Promise.all([ref.s.counts(), ref.s.search('Blinken', 5), ref.s.ties({ relations: ['met', 'pact'] }), ref.s.entityEvents(US, {}, 0, 10)]);
      const [, [counts, hits]] = await Promise.all([writes, reads]);
      expect(counts.nodes.countries).toBeGreaterThan(0);
      expect(hits[0].id).toBe(P.blinken);
      const final: Counts = await ref.s.counts();
      expect(final).toEqual(countsOf(expectedContents([...overlappingBatches(8), ...batches])));
    });
  });

  describe('events that gain edges later', () => {
    const ref = useStore();
    it('every read sees an edge added to an existing event by a later batch', async () => {
      const batches = fixtureBatches();
      const E = fixtureEvents(batches);
      await writeAll(ref.s, batches);
      const more = emptyBatch();
      more.countries.push(countryRow('FR'));
      more.attended.push({ entity: 'country:FR', meeting: E.summitJpVn, role: 'observer' });
      more.partyTo.push({ entity: 'country:FR', pact: E.pactJpPh });
      expect(await ref.s.writeBatch(more)).toEqual({ nodesCreated: 1, edgesCreated: 2, documentSkipped: false });
      const fr = await ref.s.entityEvents('country:FR', {}, 0, 10);
      expect(fr.items.map((e) => e.id)).toEqual([E.summitJpVn, E.pactJpPh]);
      expect(fr.items[0].participants).toEqual([JP, VN, 'country:FR', P.kishida, P.thuong].sort());
      expect(fr.items[1].participants).toEqual([JP, PH, 'country:FR'].sort());
      expect((await ref.s.pairEvents('country:FR', VN, ['met'], {}, 0, 10)).items.map((e) => e.id)).toEqual([E.summitJpVn]);
      expect((await ref.s.attendance({ relations: ['met'], from: '2024-03-18', to: '2024-03-18' }))[0].entities).toContain('country:FR');
      expect(await ref.s.findMeetings('2024-03-18', '2024-03-18', [JP, VN, 'country:FR'])).toEqual([{ id: E.summitJpVn, persons: [P.kishida, P.thuong].sort(), dateFrom: '2024-03-18', dateTo: '2024-03-18' }]);
      expect(await ref.s.findMeetings('2024-03-18', '2024-03-18', [JP, VN])).toEqual([]);
      expect((await ref.s.findPacts([JP, PH, 'country:FR'])).map((x) => x.id)).toEqual([E.pactJpPh]);
      expect((await ref.s.eventDetail(E.summitJpVn))!.participants.map((n) => n.id)).toContain('country:FR');
    });
  });

  describe('an event that gains an actor', () => {
    const ref = useStore();
    it('gets the ties of its new pairs once, and keeps the ones it had', async () => {
      const batches = fixtureBatches();
      const E = fixtureEvents(batches);
      await writeAll(ref.s, batches);
      const tiesOf = async () => (await ref.s.ties({ relations: ['met'], from: '2024-03-18', to: '2024-03-18' })).filter((t) => t.eventIds.includes(E.summitJpVn)).map((t) => `${t.a}|${t.b}`).sort();
      expect(await tiesOf()).toEqual([`${JP}|${VN}`]);
      const more = emptyBatch();
      more.countries.push(countryRow('FR'));
      more.attended.push({ entity: JP, meeting: E.summitJpVn, role: 'host' }, { entity: 'country:FR', meeting: E.summitJpVn, role: 'observer' });
      const tie = (a: string, b: string) => ({ a, b, event: E.summitJpVn, relation: 'met' as const, kind: 'summit', dateFrom: '2024-03-18', dateTo: '2024-03-18' });
      more.ties.push(tie(JP, VN), tie('country:FR', JP), tie('country:FR', VN));
      expect(await ref.s.writeBatch(more)).toEqual({ nodesCreated: 1, edgesCreated: 3, documentSkipped: false });
      expect(await tiesOf()).toEqual([`country:FR|${JP}`, `country:FR|${VN}`, `${JP}|${VN}`]);
      expect(await ref.s.writeBatch(more)).toEqual({ nodesCreated: 0, edgesCreated: 0, documentSkipped: false });
      expect(await tiesOf()).toEqual([`country:FR|${JP}`, `country:FR|${VN}`, `${JP}|${VN}`]);
    });
  });

  describe('document order', () => {
    const ref = useStore();
    it('documents citing each other load in any order (evidence waits for both ends)', async () => {
      const reversed = { ...FIXTURE, documents: [...FIXTURE.documents!].reverse() };
      const batches = planWrites(Interchange.parse(reversed));
      await writeAll(ref.s, batches);
      expect(contentsOfDump(await ref.s.dump())).toEqual(expectedContents(fixtureBatches()));
    });
  });

  describe('dump round trip', () => {
    let first: WriteBatch;
    describe('source store', () => {
      const ref = useStore();
      it('dumps the fixture', async () => {
        await writeAll(ref.s, fixtureBatches());
        first = await ref.s.dump();
        expect(first.document).toBeNull();
      });
    });
    describe('fresh store', () => {
      const ref = useStore();
      it('writing a dump reproduces it exactly', async () => {
        const stats = await ref.s.writeBatch(first);
        expect(stats.nodesCreated).toBeGreaterThan(0);
        expect(contentsOfDump(await ref.s.dump())).toEqual(contentsOfDump(first));
        expect(contentsOfDump(first)).toEqual(expectedContents(fixtureBatches()));
      });
    });
  });
}
