// Checks the seed dataset: every file is a valid interchange document, article records point at
// the real articles (ids, evidence offsets, persons named there) without copying their text, and
// every curated record says where its fact comes from.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { documentIdOf, foldName } from '../../server/domain/ids.js';
import { planWrites } from '../../server/domain/interchange/plan.js';
import type { Interchange } from '../../server/domain/interchange/schema.js';
import { ROOT, articleSeeds, curatedSeeds, parseSeed, seedFiles, sharedArticles, skipNotice } from './seed-files.js';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CURATED_PUBLISHED = '2026-11-23';
const articles = sharedArticles();
const articleRecords = articleSeeds().map((f) => ({ file: f.relative, doc: parseSeed(f) }));
const curatedRecords = curatedSeeds().map((f) => ({ file: f.relative, doc: parseSeed(f) }));

/** The longest run of the quote (in characters) that also appears in the text. */
function longestSharedRun(quote: string, text: string): number {
  let best = 0;
  for (let i = 0; i < quote.length; i++) {
    let len = best + 1;
    while (i + len <= quote.length && text.includes(quote.slice(i, i + len))) best = len++;
  }
  return best;
}

describe('every seed file', () => {
  test('there are article records and curated records', () => {
    expect(articleRecords.length).toBeGreaterThanOrEqual(5);
    expect(curatedRecords.length).toBeGreaterThanOrEqual(1);
    expect(existsSync(path.join(ROOT, 'seeds/README.md'))).toBe(true);
  });

  test.each(seedFiles().map((f) => [f.relative, f] as const))('%s parses as an interchange document', (_name, file) => {
    expect(() => parseSeed(file)).not.toThrow();
  });

  test.each(seedFiles().map((f) => [f.relative, f] as const))('%s plans into write batches', (_name, file) => {
    const batches = planWrites(parseSeed(file));
    expect(batches.reduce((n, b) => n + b.meetings.length + b.pacts.length, 0)).toBe(parseSeed(file).events.length);
  });
});

describe('article records', () => {
  test.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s describes one article without its text', (_name, doc) => {
    expect(doc.documents).toHaveLength(1);
    const [d] = doc.documents;
    expect(d.curated).toBe(false);
    expect(d.text).toBeUndefined();
    expect(d.title.length).toBeGreaterThan(0);
    for (const e of doc.events) {
      expect(e.curated).toBe(false);
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        expect(ev.documentId).toBe(d.id);
        expect(ev.end).toBeGreaterThan(ev.start);
        expect(ev.quote?.length ?? 0).toBeGreaterThan(10);
        expect(ev.quote).not.toMatch(JAPANESE);
      }
    }
  });

  test.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s lists every person it names, in Latin script with aliases', (_name, doc) => {
    const known = new Map(doc.entities.persons.map((p) => [`${p.country}|${foldName(p.name)}`, p]));
    for (const p of doc.entities.persons) {
      expect(p.name).not.toMatch(JAPANESE);
      expect(p.country).toBeTruthy();
      expect(p.affiliations.length).toBeGreaterThan(0);
      if (doc.documents[0].lang === 'ja') expect(p.aliases.some((a) => JAPANESE.test(a))).toBe(true);
    }
    for (const e of doc.events) for (const p of e.participants) {
      if (p.type === 'person') expect(known.has(`${p.country}|${foldName(p.name)}`) ? p.name : `${p.name} (${p.country}) missing from entities.persons`).toBe(p.name);
    }
  });

  const withText = articles ? test : test.skip;
  if (!articles) skipNotice('article ids, evidence offsets and quotes against the real articles');

  withText('each shared article has exactly one record, whose id is documentIdOf(article text)', () => {
    const byId = new Map(articleRecords.map((r) => [r.doc.documents[0].id, r.file]));
    for (const a of articles!.values()) expect(byId.get(a.id) ?? `no record for ${a.file}`).toMatch(/^seeds\/articles\//);
    for (const r of articleRecords) expect(articles!.has(r.doc.documents[0].id) ? r.file : `${r.file}: id matches no article`).toBe(r.file);
  });

  withText.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s: evidence spans index whole sentences of the article', (_name, doc) => {
    const text = articles!.get(doc.documents[0].id)!.text;
    for (const e of doc.events) for (const ev of e.evidence) {
      expect(ev.end).toBeLessThanOrEqual(text.length);
      const span = text.slice(ev.start, ev.end);
      expect(span).toBe(span.trim());
      expect(span).not.toContain('\n');
      expect(span.length).toBeLessThanOrEqual(600);
      // A span ends where its sentence ends: a full stop, or the end of a line.
      expect(/[。.]$/.test(span) || text[ev.end] === '\n' || ev.end === text.length).toBe(true);
    }
  });

  withText.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s: quotes are our own summaries, not article text', (_name, doc) => {
    const text = articles!.get(doc.documents[0].id)!.text;
    for (const e of doc.events) for (const ev of e.evidence) {
      expect(longestSharedRun(ev.quote!, text)).toBeLessThan(20);
    }
    expect(JSON.stringify(doc)).not.toContain(text.slice(0, 60));
  });

  withText.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s: events with persons cite a sentence naming one of them', (_name, doc) => {
    const text = articles!.get(doc.documents[0].id)!.text;
    const spellings = new Map(doc.entities.persons.map((p) => [p.name, [p.name, ...p.aliases]]));
    for (const e of doc.events) {
      const names = e.participants.flatMap((p) => (p.type === 'person' ? spellings.get(p.name) ?? [p.name] : []));
      if (names.length === 0) continue;
      const cited = e.evidence.some((ev) => names.some((n) => text.slice(ev.start, ev.end).includes(n)));
      expect(cited ? e.title : `${e.title}: no evidence sentence names ${names.join(', ')}`).toBe(e.title);
    }
  });

  withText.each(articleRecords.map((r) => [r.file, r.doc] as const))('%s: every person is named in the article', (_name, doc) => {
    const text = articles!.get(doc.documents[0].id)!.text;
    for (const p of doc.entities.persons) expect([p.name, ...p.aliases].some((n) => text.includes(n)) ? p.name : `${p.name} is not named in the article`).toBe(p.name);
  });
});

describe('curated backbone', () => {
  test.each(curatedRecords.map((r) => [r.file, r.doc] as const))('%s is one curated English document whose id is documentIdOf(title)', (_name, doc) => {
    expect(doc.documents).toHaveLength(1);
    const [d] = doc.documents;
    expect(d).toMatchObject({ curated: true, lang: 'en', published: CURATED_PUBLISHED });
    expect(d.text).toBeUndefined();
    expect(d.id).toBe(documentIdOf(d.title));
  });

  test.each(curatedRecords.map((r) => [r.file, r.doc] as const))('%s: every event is marked curated, cites a source and summarises itself', (_name, doc) => {
    const docId = doc.documents[0].id;
    for (const e of doc.events) {
      const label = `${e.title} (${e.date})`;
      expect(e.curated ? label : `${label} is not marked curated`).toBe(label);
      expect(e.source?.citation ? label : `${label} has no source citation`).toBe(label);
      expect(e.source?.url ?? '').toMatch(/^https:\/\//);
      expect(e.date ? label : `${label} has no date`).toBe(label);
      expect(e.evidence).toHaveLength(1);
      expect(e.evidence[0]).toMatchObject({ documentId: docId, start: 0, end: 0 });
      expect(e.evidence[0].quote?.length ?? 0).toBeGreaterThan(10);
    }
  });

  test('the backbone is broad enough to explore: dozens of countries over several decades', () => {
    const events = curatedRecords.flatMap((r) => r.doc.events);
    const countries = new Set(events.flatMap((e) => e.participants.flatMap((p) => (p.type === 'country' ? [p.code] : p.type === 'person' && p.country ? [p.country] : []))));
    const years = events.map((e) => Number(e.date!.slice(0, 4)));
    expect(events.length).toBeGreaterThanOrEqual(60);
    expect(events.length).toBeLessThanOrEqual(150);
    expect(countries.size).toBeGreaterThanOrEqual(30);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(50);
  });

  test('no curated event is recorded twice', () => {
    const ids = curatedRecords.flatMap((r) => planWrites(r.doc).flatMap((b) => [...b.meetings, ...b.pacts].map((e) => `${e.id} ${e.title}`)));
    expect(ids.length - new Set(ids.map((i) => i.split(' ')[0])).size).toBe(0);
  });
});

describe('article records and the curated backbone', () => {
  const pactsOf = (doc: Interchange) => planWrites(doc).flatMap((b) => b.pacts.map((p) => ({ ...p, parties: b.partyTo.filter((r) => r.pact === p.id).map((r) => r.entity).sort().join(' ') })));
  test('a pact an article refers to, which the backbone also holds, gets the same id (one node on the graph)', () => {
    const curated = curatedRecords.flatMap((r) => pactsOf(r.doc));
    const shared = articleRecords.flatMap((r) => pactsOf(r.doc)).filter((a) => a.date && curated.some((c) => c.kind === a.kind && c.date === a.date && c.parties === a.parties));
    expect(shared.length).toBeGreaterThanOrEqual(4);
    for (const a of shared) {
      const c = curated.find((x) => x.kind === a.kind && x.date === a.date && x.parties === a.parties)!;
      expect(`${a.title}: ${a.id}`).toBe(`${a.title}: ${c.id}`);
    }
  });
});
