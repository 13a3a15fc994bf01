// The contract suite's reads: one store loaded with the fixture, every read the port offers
// asked of it (see graph-store.contract.ts for the semantics pinned and how stores are opened).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { countryRow } from '../../server/domain/interchange/plan.js';
import type { EventFacts, GraphStore } from '../../server/store/graph-store.js';
import type { Relation } from '../../server/domain/network/schema.js';
import { ASEAN, CN, contentsOfDump, countsOf, DOC_A, DOC_B, DOC_C, expectedContents, fixtureBatches, fixtureEvents, JP, P, PH, US, VN, writeAll } from './graph-store.fixtures.js';
import type { UseStore } from './graph-store.contract.js';

export function describeFixtureReads(useStore: UseStore): void {
  describe('reads over the fixture', () => {
    const ref = useStore();
    const batches = fixtureBatches();
    const E = fixtureEvents(batches);
    const expected = expectedContents(batches);
    /** The stored span of an event, as its written row has it. */
    const spanOf = (id: string) => {
      const row = [...expected.tables.meetings, ...expected.tables.pacts].find((r) => r.id === id)!;
      return { dateFrom: row.dateFrom, dateTo: row.dateTo };
    };
    beforeAll(async () => { await writeAll(ref.s, batches); });

    it('reports what it is', () => {
      expect(['embedded', 'neo4j']).toContain(ref.s.info.kind);
      expect(ref.s.info.engine).toMatch(/\d+\.\d+/);
      expect(ref.s.info.location).toBeTruthy();
    });

    it('init() is safe to call again on an existing database', async () => {
      const before = await ref.s.counts();
      await ref.s.init();
      expect(await ref.s.counts()).toEqual(before);
    });

    it('counts every node and edge written', async () => {
      const c = await ref.s.counts();
      expect(c).toEqual(countsOf(expected));
      // Independent of the planner: what the fixture's sentences contain.
      expect(c.nodes).toEqual({ countries: 6, persons: 4, organizations: 1, meetings: 6, pacts: 2, documents: 3 });
      expect(c.edges.ties).toBe(13);
      expect(c.edges.heldIn).toBe(4);
    });

    it('dumps exactly what was written, property for property', async () => {
      expect(contentsOfDump(await ref.s.dump())).toEqual(expected);
    });

    it('writing the same batches twice more changes nothing and creates nothing', async () => {
      const before = await ref.s.dump();
      for (let i = 0; i < 2; i++) {
        for (const b of fixtureBatches()) {
          const stats = await ref.s.writeBatch(b);
          expect(stats).toEqual({ nodesCreated: 0, edgesCreated: 0, documentSkipped: b.document !== null });
        }
      }
      expect(await ref.s.counts()).toEqual(countsOf(expected));
      expect(contentsOfDump(await ref.s.dump())).toEqual(contentsOfDump(before));
    });

    it('hasDocument', async () => {
      expect(await ref.s.hasDocument(DOC_A)).toBe(true);
      expect(await ref.s.hasDocument(DOC_B)).toBe(true);
      expect(await ref.s.hasDocument('doc:0000000000000000')).toBe(false);
    });

    it('timeRange: earliest start and latest known day (open pact ends ignored)', async () => {
      expect(await ref.s.timeRange()).toEqual({ from: '2023-07-01', to: '2024-05-10' });
    });

    it('findMeetings matches the exact actor set in an overlapping span, with its persons and stored span', async () => {
      expect(await ref.s.findMeetings('2024-03-01', '2024-03-31', [VN, JP])).toEqual([{ id: E.summitJpVn, persons: [P.kishida, P.thuong].sort(), dateFrom: '2024-03-18', dateTo: '2024-03-18' }]);
      expect(await ref.s.findMeetings('2024-03-18', '2024-03-18', [JP])).toEqual([]);
      expect(await ref.s.findMeetings('2024-04-01', '2024-04-30', [JP, VN])).toEqual([]);
      expect(await ref.s.findMeetings('2023-09-01', '2023-09-30', [US, JP, ASEAN, VN])).toEqual([{ id: E.aseanJakarta, persons: [P.blinken], ...spanOf(E.aseanJakarta) }]);
      expect(await ref.s.findMeetings('2024-05-01', '2024-05-31', [CN, VN])).toEqual([{ id: E.talksCnVn, persons: [], ...spanOf(E.talksCnVn) }]);
    });

    it('findPacts matches the exact party set, with the stored span', async () => {
      expect(await ref.s.findPacts([VN, JP])).toEqual([{ id: E.pactJpVn, kind: 'partnership', names: ['Comprehensive Strategic Partnership'], date: '2023-11-27', ...spanOf(E.pactJpVn) }]);
      expect(await ref.s.findPacts([JP, PH])).toEqual([{ id: E.pactJpPh, kind: 'defense', names: ['Acuerdo de Acceso Recíproco'], date: '2023-07', ...spanOf(E.pactJpPh) }]);
      expect((await ref.s.findPacts([JP, PH]))[0].dateFrom).toBe('2023-07-01');
      expect(await ref.s.findPacts([JP])).toEqual([]);
      expect(await ref.s.findPacts([JP, PH, VN])).toEqual([]);
    });

    it.each([
      ['ベトナム', VN, 'country'],
      ['Vietnam', VN, 'country'],
      ['vietnam', VN, 'country'],
      ['VIETNAM', VN, 'country'],
      ['Blinken', P.blinken, 'person'],
      ['blinken', P.blinken, 'person'],
      ['ブリンケン', P.blinken, 'person'],
      ['王毅', P.wang, 'person'],
      ['Thưởng', P.thuong, 'person'],
      ['thuong', P.thuong, 'person'],
      ['アセアン', ASEAN, 'organization'],
      ['Filipinas', PH, 'country'],
    ])('search %s finds %s first', async (text, id, kind) => {
      const hits = await ref.s.search(text, 10);
      expect(hits[0]).toMatchObject({ id, kind });
      expect(hits[0].label).toBeTruthy();
      expect(hits[0].matched).toBeTruthy();
      expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    });

    it('search labels, limits and misses', async () => {
      expect((await ref.s.search('Blinken', 5))[0].label).toBe('Antony Blinken');
      expect((await ref.s.search('ベトナム', 5))[0].label).toBe('Vietnam');
      expect((await ref.s.search('a', 2)).length).toBe(2);
      expect(await ref.s.search('Atlantis', 10)).toEqual([]);
      expect(await ref.s.search('%', 10)).toEqual([]);
    });

    it('getNodes returns the written rows in the order asked, unknown ids left out', async () => {
      const t = expected.tables;
      const blinken = t.persons.find((p) => p.id === P.blinken)!;
      const summit = t.meetings.find((m) => m.id === E.summitJpVn)!;
      const call = t.meetings.find((m) => m.id === E.callUsVn)!;
      const pact = t.pacts.find((p) => p.id === E.pactJpPh)!;
      const doc = expected.documents.find((d) => d.id === DOC_B)!;
      const nodes = await ref.s.getNodes([E.summitJpVn, VN, 'country:ZZ', P.blinken, ASEAN, E.pactJpPh, DOC_B, E.callUsVn]);
      expect(nodes).toEqual([
        { id: E.summitJpVn, kind: 'meeting', props: summit },
        { id: VN, kind: 'country', props: countryRow('VN') },
        { id: P.blinken, kind: 'person', props: blinken },
        { id: ASEAN, kind: 'organization', props: t.organizations[0] },
        { id: E.pactJpPh, kind: 'pact', props: pact },
        { id: DOC_B, kind: 'document', props: doc },
        { id: E.callUsVn, kind: 'meeting', props: call },
      ]);
      expect(call).toMatchObject({ date: null, dateFrom: '2023-09-10', dateTo: '2023-09-10', dateKnown: false, precision: 'unknown' });
      expect(pact).toMatchObject({ date: '2023-07', dateFrom: '2023-07-01', dateTo: '9999-12-31', precision: 'month' });
      expect(await ref.s.getNodes([])).toEqual([]);
      // Every node of every table, not only the ones above.
      const all = [...t.countries, ...t.persons, ...t.organizations, ...t.meetings, ...t.pacts, ...expected.documents];
      const got = await ref.s.getNodes(all.map((r) => r.id));
      expect(got.map((n) => n.props)).toEqual(all);
    });

    it('roles lists a person’s REPRESENTS edges', async () => {
      const roles = await ref.s.roles(P.blinken);
      const want = expected.tables.represents.filter((r) => r.person === P.blinken);
      expect(roles.length).toBe(want.length);
      expect(roles).toEqual(expect.arrayContaining(want));
      expect(roles).toEqual(expect.arrayContaining([{ person: P.blinken, country: US, role: 'Secretary of State', from: '2021-01-26', to: '2025-01-20' }]));
      expect(await ref.s.roles(P.wang)).toEqual(expect.arrayContaining([{ person: P.wang, country: CN, role: '外相', from: null, to: null }]));
      expect(await ref.s.roles('person:nobody')).toEqual([]);
    });

    it('entityEvents: newest first, paged, with totals and summaries', async () => {
      const all = await ref.s.entityEvents(JP, {}, 0, 50);
      expect(all.total).toBe(5);
      expect(all.items.map((e) => e.id)).toEqual([E.ministerialJpUs, E.summitJpVn, E.pactJpVn, E.aseanJakarta, E.pactJpPh]);
      expect(all.items[1]).toEqual({ id: E.summitJpVn, type: 'meeting', kind: 'summit', title: 'Japan–Vietnam summit', date: '2024-03-18', endDate: null, status: 'held', place: VN, participants: [JP, VN, P.kishida, P.thuong].sort() });
      expect(all.items[2]).toEqual({ id: E.pactJpVn, type: 'pact', kind: 'partnership', title: 'Comprehensive Strategic Partnership', date: '2023-11-27', endDate: null, status: 'signed', place: null, participants: [JP, VN] });
      const page = await ref.s.entityEvents(JP, {}, 1, 2);
      expect(page).toEqual({ total: 5, offset: 1, limit: 2, items: all.items.slice(1, 3) });
      const past = await ref.s.entityEvents(JP, {}, 10, 2);
      expect(past).toEqual({ total: 5, offset: 10, limit: 2, items: [] });
    });

    it('scanEvents: every meeting and pact with its span, kind and actors; or only those asked', async () => {
      const dump = await ref.s.dump();
      const actorsOf = (id: string) => [...dump.attended.filter((r) => r.meeting === id).map((r) => r.entity), ...dump.partyTo.filter((r) => r.pact === id).map((r) => r.entity)]
        .filter((x) => !x.startsWith('person:')).sort();
      const want = [
        ...dump.meetings.map((m) => ({ id: m.id, type: 'meeting', kind: m.kind, dateFrom: m.dateFrom, dateTo: m.dateTo, dateKnown: m.dateKnown, actors: actorsOf(m.id) })),
        ...dump.pacts.map((p) => ({ id: p.id, type: 'pact', kind: p.kind, dateFrom: p.dateFrom, dateTo: p.dateTo, dateKnown: p.dateKnown, actors: actorsOf(p.id) })),
      ].sort((x, y) => (x.id < y.id ? -1 : 1));
      const scanned: EventFacts[] = [];
      await ref.s.scanEvents((rows) => scanned.push(...rows));
      const tidy = (rows: EventFacts[]) => rows.map((r) => ({ ...r, actors: [...r.actors].sort() })).sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(tidy(scanned)).toEqual(want);
      expect(want).toHaveLength(8);
      const some: EventFacts[] = [];
      await ref.s.scanEvents((rows) => some.push(...rows), [E.summitJpVn, E.pactJpVn, 'meeting:0000000000000000']);
      expect(tidy(some)).toEqual(want.filter((w) => w.id === E.summitJpVn || w.id === E.pactJpVn));
    });

    it('eventSummaries: the summaries event lists show, by id, unknown ids left out', async () => {
      const listed = (await ref.s.entityEvents(JP, {}, 0, 50)).items;
      const byId = await ref.s.eventSummaries([...listed.map((e) => e.id), 'pact:0000000000000000']);
      expect([...byId].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual([...listed].sort((x, y) => (x.id < y.id ? -1 : 1)));
      expect(await ref.s.eventSummaries([])).toEqual([]);
    });

    it('activity: dated events per year of their date, the same as the event list says', async () => {
      for (const id of [JP, US, VN, ASEAN, P.blinken]) {
        const { items } = await ref.s.entityEvents(id, {}, 0, 1000);
        const expected = new Map<string, { year: string; meetings: number; pacts: number }>();
        for (const e of items) {
          if (!e.date) continue;
          const y = expected.get(e.date.slice(0, 4)) ?? { year: e.date.slice(0, 4), meetings: 0, pacts: 0 };
          if (e.type === 'meeting') y.meetings++; else y.pacts++;
          expected.set(y.year, y);
        }
        expect(expected.size).toBeGreaterThan(0);
        expect(await ref.s.activity(id)).toEqual([...expected.values()].sort((a, b) => (a.year < b.year ? -1 : 1)));
      }
      expect(await ref.s.activity('country:ZZ')).toEqual([]);
      expect(await ref.s.activity(E.summitJpVn)).toEqual([]);
    });

    it('entityEvents windows: pacts in force count, meetings only inside', async () => {
      const y2024 = await ref.s.entityEvents(JP, { from: '2024' }, 0, 50);
      expect(y2024.items.map((e) => e.id)).toEqual([E.ministerialJpUs, E.summitJpVn, E.pactJpVn, E.pactJpPh]);
      const march = await ref.s.entityEvents(JP, { from: '2024-03', to: '2024-03' }, 0, 50);
      expect(march.items.map((e) => e.id)).toEqual([E.summitJpVn, E.pactJpVn, E.pactJpPh]);
      const before = await ref.s.entityEvents(JP, { to: '2023-06-30' }, 0, 50);
      expect(before).toEqual({ total: 0, offset: 0, limit: 50, items: [] });
      const person = await ref.s.entityEvents(P.blinken, {}, 0, 50);
      // The call is undated: it follows every dated event.
      expect(person.items.map((e) => e.id)).toEqual([E.ministerialJpUs, E.talksUsCn, E.aseanJakarta, E.callUsVn]);
      const org = await ref.s.entityEvents(ASEAN, { from: '2023-09-06', to: '2023-09-06' }, 0, 50);
      expect(org.items.map((e) => e.id)).toEqual([E.aseanJakarta]);
    });

    it('counterparts ranked by meetings then pacts', async () => {
      expect(await ref.s.counterparts(JP, {}, 10)).toEqual([
        { id: VN, meetings: 2, pacts: 1 },
        { id: US, meetings: 2, pacts: 0 },
        { id: ASEAN, meetings: 1, pacts: 0 },
        { id: PH, meetings: 0, pacts: 1 },
      ]);
      expect(await ref.s.counterparts(JP, {}, 2)).toEqual([{ id: VN, meetings: 2, pacts: 1 }, { id: US, meetings: 2, pacts: 0 }]);
      expect(await ref.s.counterparts(JP, { from: '2024' }, 10)).toEqual([
        { id: VN, meetings: 1, pacts: 1 },
        { id: US, meetings: 1, pacts: 0 },
        { id: PH, meetings: 0, pacts: 1 },
      ]);
      expect(await ref.s.counterparts(VN, { from: '2024-05' }, 10)).toEqual([{ id: CN, meetings: 1, pacts: 0 }, { id: JP, meetings: 0, pacts: 1 }]);
    });

    it('eventDetail: event, participants, place and evidence with its document', async () => {
      const d = await ref.s.eventDetail(E.aseanJakarta);
      expect(d).not.toBeNull();
      expect(d!.event).toEqual({ id: E.aseanJakarta, kind: 'meeting', props: expected.tables.meetings.find((m) => m.id === E.aseanJakarta) });
      expect(d!.participants.map((p) => p.id)).toEqual([JP, US, VN, ASEAN, P.blinken].sort());
      expect(d!.participants.find((p) => p.id === ASEAN)).toEqual({ id: ASEAN, kind: 'organization', props: expected.tables.organizations[0] });
      expect(d!.place).toBe('country:ID');
      const fromC = expected.tables.reportedIn.find((r) => r.event === E.aseanJakarta && r.document === DOC_C)!;
      expect(d!.evidence).toEqual([
        { documentId: DOC_C, documentTitle: 'Acuerdos de defensa en Asia', published: '2023-09-10', lang: 'es', sourceName: 'Ejemplo Diario', sourceUrl: 'https://example.org/es/1', start: fromC.start, end: fromC.end, quote: 'El 6 de septiembre la ASEAN recibió en Yakarta a Japón, Vietnam y Estados Unidos.', rule: 'fixture' },
        expect.objectContaining({ documentId: DOC_A, documentTitle: 'Japan and Vietnam leaders meet', published: '2024-03-20', lang: 'en', quote: 'Both had sat with ASEAN and the United States in Jakarta last September.' }),
      ]);
      const pact = await ref.s.eventDetail(E.pactJpVn);
      expect(pact!.place).toBeNull();
      expect(pact!.participants.map((p) => p.id)).toEqual([JP, VN]);
      expect(pact!.evidence.map((e) => e.documentId)).toEqual([DOC_A]);
      const planned = await ref.s.eventDetail(E.talksCnVn);
      expect(planned!.evidence[0].sourceUrl).toBeNull();
      expect(await ref.s.eventDetail('meeting:000000000000000000000000')).toBeNull();
    });

    it('pairEvents: shared events, newest first, by relation and window', async () => {
      const usJp = await ref.s.pairEvents(US, JP, ['met', 'pact'], {}, 0, 10);
      expect(usJp).toEqual({ total: 2, offset: 0, limit: 10, items: [expect.objectContaining({ id: E.ministerialJpUs }), expect.objectContaining({ id: E.aseanJakarta, place: 'country:ID' })] });
      expect((await ref.s.pairEvents(JP, VN, ['met', 'pact'], {}, 0, 10)).items.map((e) => e.id)).toEqual([E.summitJpVn, E.pactJpVn, E.aseanJakarta]);
      expect((await ref.s.pairEvents(VN, JP, ['pact'], {}, 0, 10)).items.map((e) => e.id)).toEqual([E.pactJpVn]);
      expect((await ref.s.pairEvents(JP, VN, ['met'], { to: '2023-12' }, 0, 10)).items.map((e) => e.id)).toEqual([E.aseanJakarta]);
      expect(await ref.s.pairEvents(JP, VN, ['met', 'pact'], {}, 1, 1)).toMatchObject({ total: 3, offset: 1, limit: 1, items: [{ id: E.pactJpVn }] });
      expect((await ref.s.pairEvents(P.blinken, P.wang, ['met', 'pact'], {}, 0, 10)).items.map((e) => e.id)).toEqual([E.talksUsCn]);
      expect((await ref.s.pairEvents(P.blinken, CN, ['met'], {}, 0, 10)).items.map((e) => e.id)).toEqual([E.talksUsCn]);
      expect(await ref.s.pairEvents(PH, CN, ['met', 'pact'], {}, 0, 10)).toEqual({ total: 0, offset: 0, limit: 10, items: [] });
      expect((await ref.s.pairEvents(JP, VN, [], {}, 0, 10)).total).toBe(0);
    });

    it('ties: aggregated per pair and relation within the window', async () => {
      const all = await ref.s.ties({ relations: ['met', 'pact'] });
      expect(all.map((t) => `${t.a}|${t.b}|${t.relation}`)).toEqual([
        `${CN}|${US}|met`, `${CN}|${VN}|met`, `${JP}|${PH}|pact`, `${JP}|${US}|met`, `${JP}|${VN}|met`, `${JP}|${VN}|pact`,
        `${JP}|${ASEAN}|met`, `${US}|${VN}|met`, `${US}|${ASEAN}|met`, `${VN}|${ASEAN}|met`,
      ]);
      expect(all.find((t) => t.a === JP && t.b === VN && t.relation === 'met')).toEqual({ a: JP, b: VN, relation: 'met', kinds: ['multilateral', 'summit'], count: 2, firstDate: '2023-09-06', lastDate: '2024-03-18', eventIds: [E.summitJpVn, E.aseanJakarta] });
      expect(all.find((t) => t.a === US && t.b === VN)).toEqual({ a: US, b: VN, relation: 'met', kinds: ['call', 'multilateral'], count: 2, firstDate: '2023-09-06', lastDate: '2023-09-10', eventIds: [E.callUsVn, E.aseanJakarta] });
      expect(all.find((t) => t.relation === 'pact' && t.b === PH)).toEqual({ a: JP, b: PH, relation: 'pact', kinds: ['defense'], count: 1, firstDate: '2023-07-01', lastDate: '2023-07-01', eventIds: [E.pactJpPh] });
    });

    it('ties: a pact counts from its date on, meetings only inside the window', async () => {
      const y2025 = await ref.s.ties({ relations: ['met', 'pact'], from: '2025', to: '2025' });
      expect(y2025.map((t) => `${t.a}|${t.b}|${t.relation}`)).toEqual([`${JP}|${PH}|pact`, `${JP}|${VN}|pact`]);
      expect(await ref.s.ties({ relations: ['met', 'pact'], to: '2023-06' })).toEqual([]);
      const oct2023 = await ref.s.ties({ relations: ['met', 'pact'], from: '2023-10-01', to: '2023-12-31' });
      expect(oct2023.map((t) => `${t.a}|${t.b}|${t.relation}`)).toEqual([`${JP}|${PH}|pact`, `${JP}|${VN}|pact`]);
      const april = await ref.s.ties({ relations: ['met'], from: '2024-04', to: '2024-04' });
      expect(april.map((t) => [t.a, t.b, t.count])).toEqual([[CN, US, 1], [JP, US, 1]]);
      expect(await ref.s.ties({ relations: [] })).toEqual([]);
    });

    it('ties: filtered by meeting and pact kinds', async () => {
      const summits = await ref.s.ties({ relations: ['met', 'pact'], meetingKinds: ['summit'] });
      expect(summits.map((t) => `${t.a}|${t.b}|${t.relation}|${t.count}`)).toEqual([`${JP}|${PH}|pact|1`, `${JP}|${VN}|met|1`, `${JP}|${VN}|pact|1`]);
      const defence = await ref.s.ties({ relations: ['pact'], pactKinds: ['defense', 'alliance'] });
      expect(defence.map((t) => t.eventIds)).toEqual([[E.pactJpPh]]);
    });

    it('networkTies: the network filters, actor weights and the newest ids of each tie', async () => {
      const base = { relations: ['met', 'pact'] as Relation[], minWeight: 1, includeOrganizations: true, maxEventIds: 1 };
      const all = await ref.s.networkTies(base);
      expect(all.ties).toHaveLength(10);
      expect(all.ties.find((t) => t.a === JP && t.b === VN && t.relation === 'met')).toMatchObject({ count: 2, eventIds: [E.summitJpVn] });
      expect(all.weights[ASEAN]).toBe(1);
      const noOrgs = await ref.s.networkTies({ ...base, includeOrganizations: false, maxEventIds: 0 });
      expect(noOrgs.ties.map((t) => `${t.a}|${t.b}|${t.relation}`)).toEqual([`${CN}|${US}|met`, `${CN}|${VN}|met`, `${JP}|${PH}|pact`, `${JP}|${US}|met`, `${JP}|${VN}|met`, `${JP}|${VN}|pact`, `${US}|${VN}|met`]);
      expect(noOrgs.ties.every((t) => t.eventIds.length === 0)).toBe(true);
      expect(noOrgs.weights[ASEAN]).toBeUndefined();
      const heavy = await ref.s.networkTies({ ...base, minWeight: 2, countries: ['VN'] });
      expect(heavy.ties.map((t) => `${t.a}|${t.b}|${t.relation}`)).toEqual([`${JP}|${VN}|met`, `${US}|${VN}|met`]);
      expect(heavy.weights).toEqual({ [JP]: 2, [US]: 2, [VN]: 3 });
    });

    it('attendance: meetings in the window with every attendee', async () => {
      const april = await ref.s.attendance({ relations: ['met', 'pact'], from: '2024-04', to: '2024-04' });
      expect(april).toEqual([
        { meeting: E.talksUsCn, kind: 'talks', dateFrom: '2024-04-05', dateTo: '2024-04-05', entities: [CN, US, P.blinken, P.wang].sort() },
        { meeting: E.ministerialJpUs, kind: 'ministerial', dateFrom: '2024-04-08', dateTo: '2024-04-08', entities: [JP, US, P.blinken].sort() },
      ]);
      const all = await ref.s.attendance({ relations: ['met'] });
      expect(all.map((r) => r.meeting)).toEqual([E.aseanJakarta, E.callUsVn, E.summitJpVn, E.talksUsCn, E.ministerialJpUs, E.talksCnVn]);
      expect((await ref.s.attendance({ relations: ['met'], meetingKinds: ['call'] })).map((r) => r.meeting)).toEqual([E.callUsVn]);
      expect(await ref.s.attendance({ relations: ['pact'] })).toEqual([]);
    });

    const path = (source: string, target: string, more: Partial<Parameters<GraphStore['shortestPaths']>[0]> = {}) =>
      ref.s.shortestPaths({ source, target, maxHops: 6, all: false, relations: ['met', 'pact'], ...more });

    it('shortestPaths: one shortest path', async () => {
      expect(await path(JP, VN)).toEqual([[JP, VN]]);
      expect(await path(PH, US)).toEqual([[PH, JP, US]]);
      const one = await path(JP, CN);
      expect(one).toHaveLength(1);
      expect([[JP, US, CN], [JP, VN, CN]]).toContainEqual(one[0]);
    });

    it('shortestPaths: all shortest, each node sequence once', async () => {
      expect(await path(JP, CN, { all: true })).toEqual([[JP, US, CN], [JP, VN, CN]]);
      expect(await path(PH, CN, { all: true })).toEqual([[PH, JP, US, CN], [PH, JP, VN, CN]]);
      expect(await path(CN, PH, { all: true })).toEqual([[CN, US, JP, PH], [CN, VN, JP, PH]]);
    });

    it('shortestPaths respects window, relations, kinds and maxHops', async () => {
      expect(await path(JP, CN, { all: true, to: '2024-04-30' })).toEqual([[JP, US, CN]]);
      expect(await path(JP, CN, { all: true, from: '2024-04-06' })).toEqual([[JP, VN, CN]]);
      expect(await path(JP, CN, { all: true, from: '2024-04-06', relations: ['met'] })).toEqual([]);
      expect(await path(PH, CN, { relations: ['met'] })).toEqual([]);
      expect(await path(PH, CN, { all: true, maxHops: 2 })).toEqual([]);
      expect(await path(PH, CN, { all: true, maxHops: 3 })).toHaveLength(2);
      expect(await path(JP, VN, { all: true, relations: ['met'], meetingKinds: ['talks'] })).toEqual([]);
      expect(await path(JP, VN, { all: true, relations: ['met'], meetingKinds: ['multilateral'] })).toEqual([[JP, VN]]);
      expect(await path(VN, ASEAN, { all: true, relations: ['met'], meetingKinds: ['summit', 'talks'] })).toEqual([]);
    });

    it('shortestPaths: [] when there is no path or no such actor', async () => {
      expect(await path(JP, 'country:ZZ')).toEqual([]);
      expect(await path('country:FR', JP)).toEqual([]);
      expect(await path(JP, 'country:ID')).toEqual([]); // ID hosted a meeting but attended none
    });
  });
}
