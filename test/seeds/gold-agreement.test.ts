// The article records agree with the evaluation gold (../shared/eval/gold): every gold meeting and
// pact has a seed event under the scorer's own matching rule, with the same countries, kind,
// place, status and persons, and no seed event carries an impossible date. Finally the real
// scorer rates the seed records as a perfect extraction.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { partialDateProblem, spanOf } from '../../server/domain/dates/partial-date.js';
import type { Event } from '../../server/domain/event/schema.js';
import { documentIdOf } from '../../server/domain/ids.js';
import type { Interchange } from '../../server/domain/interchange/schema.js';
import { type Gold, type GoldEvent, matchGold, personNames, personsFound } from './gold-matching.js';
import { ARTICLES_DIR, GOLD_DIR, ROOT, SCORER, articleSeeds, parseSeed, skipNotice } from './seed-files.js';

const available = existsSync(GOLD_DIR) && existsSync(ARTICLES_DIR);
if (!available) skipNotice('agreement of the seed records with the evaluation gold');
const maybe = available ? describe : describe.skip;

const golds: [string, Gold][] = available ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => [f, JSON.parse(readFileSync(path.join(GOLD_DIR, f), 'utf8'))]) : [];
const records = articleSeeds().map((f) => parseSeed(f));
function recordFor(gold: Gold): Interchange {
  const id = documentIdOf(readFileSync(path.join(ARTICLES_DIR, gold.document), 'utf8'));
  const record = records.find((r) => r.documents.some((d) => d.id === id));
  if (!record) throw new Error(`no seed record for ${gold.document} (document id ${id})`);
  return record;
}
const countriesOnly = (codes: Iterable<string>) => [...new Set([...codes].filter((c) => /^[A-Z]{2}$/.test(c) && c !== 'EU'))].sort().join(' ');
const actorCountries = (e: Event) => e.participants.flatMap((p) => (p.type === 'country' ? [p.code] : p.type === 'person' && p.country ? [p.country] : []));
const describeGold = (g: GoldEvent) => `${(g.countries ?? g.parties ?? []).join('-')} ${g.date ?? 'undated'} ${g.kind} (${g.required ? 'required' : 'optional'})`;

maybe('seed records against the gold', () => {
  describe.each(golds)('%s', (_file, gold) => {
    const record = recordFor(gold);
    const meetings = record.events.filter((e) => e.type === 'meeting');
    const pacts = record.events.filter((e) => e.type === 'pact');
    const meetingMatch = matchGold(gold.meetings, meetings, 'countries');
    const pactMatch = matchGold(gold.pacts, pacts, 'parties');

    test('the record is for the article the gold annotates, published the same day in its language', () => {
      expect(record.documents[0]).toMatchObject({ published: gold.published, lang: gold.lang });
    });

    test('every required gold meeting and pact has a matching seed event', () => {
      const missed = [...gold.meetings.filter((g, i) => g.required && !meetingMatch.has(i)), ...gold.pacts.filter((g, i) => g.required && !pactMatch.has(i))];
      expect(missed.map(describeGold)).toEqual([]);
    });

    test('optional gold events are recorded too', () => {
      const missed = [...gold.meetings.filter((g, i) => !g.required && !meetingMatch.has(i)), ...gold.pacts.filter((g, i) => !g.required && !pactMatch.has(i))];
      expect(missed.map(describeGold)).toEqual([]);
    });

    test('every seed event matches a gold event (nothing the gold does not list)', () => {
      expect(meetingMatch.size).toBe(meetings.length);
      expect(pactMatch.size).toBe(pacts.length);
    });

    test('matched events agree with the gold on countries, kind, place, status and persons', () => {
      const problems: string[] = [];
      const check = (golds: GoldEvent[], events: Event[], match: Map<number, number>, key: 'countries' | 'parties') => {
        for (const [gi, ei] of match) {
          const g = golds[gi];
          const e = events[ei];
          const label = `${e.title} vs gold ${describeGold(g)}`;
          if (countriesOnly(actorCountries(e)) !== countriesOnly(g[key] ?? [])) problems.push(`${label}: countries ${countriesOnly(actorCountries(e))}`);
          if (e.kind !== g.kind) problems.push(`${label}: kind ${e.kind}`);
          if (e.type === 'meeting' && g.place && e.place !== g.place) problems.push(`${label}: place ${e.place}`);
          if (e.type === 'pact' && g.status && e.status !== g.status) problems.push(`${label}: status ${e.status}`);
          const persons = g.persons ?? [];
          if (personsFound(persons, personNames(e)) !== persons.length) problems.push(`${label}: persons ${personNames(e).join(', ')}`);
        }
      };
      check(gold.meetings, meetings, meetingMatch, 'countries');
      check(gold.pacts, pacts, pactMatch, 'parties');
      expect(problems).toEqual([]);
    });

    test('no seed event is dated impossibly', () => {
      const problems: string[] = [];
      for (const e of record.events) {
        for (const d of [e.date, e.endDate]) if (d && partialDateProblem(d)) problems.push(`${e.title}: ${partialDateProblem(d)}`);
        if (!e.date) continue;
        const span = spanOf(e.date, e.endDate);
        const planned = e.status === 'planned' || e.status === 'negotiating';
        // What the article reports as done cannot start after it was published; what it announces cannot be over before.
        if (!planned && span.from > gold.published) problems.push(`${e.title}: ${e.status} on ${e.date}, after publication on ${gold.published}`);
        if (planned && span.to < gold.published) problems.push(`${e.title}: ${e.status} for ${e.date}, before publication on ${gold.published}`);
      }
      expect(problems).toEqual([]);
    });
  });

  test('the evaluation scorer rates the seed records as a perfect extraction', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const env = { ...process.env, NODE_OPTIONS: '' };
    const run = spawnSync(process.execPath, [SCORER, ARTICLES_DIR, GOLD_DIR, '--json', '--cmd', `${tsx} test/seeds/print-seed-record.ts`], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`the scorer exited ${run.status}: ${run.stderr}`);
    const { summary } = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ errors: 0, invalidDates: 0, personRecall: 1, meetings: { recall: 1, precision: 1 }, pacts: { recall: 1, precision: 1 } });
  });
});
