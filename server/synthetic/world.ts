// A deterministic synthetic world for scale tests: real ISO countries with Zipf-skewed activity
// (a few hubs meet far more often) and regional clustering (partners mostly from the same
// region, by countryGeo), persons holding roles in terms, meetings of 2–3 countries with their
// office holders, pacts of 2–6 parties. Everything streams; the same seed gives the same bytes.
import { createRequire } from 'node:module';
import { countryGeo, isCountryCode } from '../domain/country/countries.js';
import type { Meeting, Pact } from '../domain/event/schema.js';
import { hashOf } from '../domain/ids.js';
import type { Interchange } from '../domain/interchange/schema.js';
import { countryRow, emptyBatch, OPEN_END, searchTextOf } from '../domain/interchange/plan.js';
import type { WriteBatch } from '../store/graph-store.js';
import { nameMaker } from './names.js';
import { AliasTable, rngFor, shuffle, zipfWeights, type Rng } from './random.js';

export interface WorldOptions {
  seed: number;
  /** ISO alpha-2 codes; default: every independent state world-countries knows (194). */
  countries?: string[];
  persons?: number;
  meetings?: number;
  pacts?: number;
  years?: number;
  startYear?: number;
  /** Zipf exponent of country activity: 0 = uniform, 1 = classic Zipf. */
  zipf?: number;
  /** Share of partners drawn from the first country's own region. */
  regional?: number;
  /** Meetings or pacts per WriteBatch / interchange chunk. */
  batchSize?: number;
}

export const WORLD_DEFAULTS = { persons: 20_000, meetings: 1_000_000, pacts: 50_000, years: 30, startYear: 1995, zipf: 1.0, regional: 0.6, batchSize: 10_000 };
export const SYNTHETIC_DATASET = 'Entente synthetic world';

// Which countries are hubs is the one hand-made choice: the busiest diplomatic actors lead the
// Zipf ranking so the synthetic graph looks like the real one; everyone else is ranked by seed.
const HUBS = ['US', 'CN', 'RU', 'FR', 'GB', 'DE', 'JP', 'IN', 'TR', 'BR', 'SA', 'IT'];
export const ROLES = ['Head of State', 'Head of Government', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Finance Minister', 'Interior Minister', 'Deputy Foreign Minister', 'National Security Adviser', 'Permanent Representative to the UN'] as const;
const MEETING_KINDS: [Meeting['kind'], number, number][] = [
  // kind, weight, role slot of the attending person (-1: any)
  ['talks', 30, 2], ['visit', 25, -1], ['ministerial', 15, 2], ['call', 12, 1], ['summit', 8, 0], ['defense', 5, 3], ['multilateral', 5, 2],
];
const PACT_KINDS: [Pact['kind'], number, string[]][] = [
  ['agreement', 30, []], ['mou', 20, []], ['trade', 15, ['trade']], ['partnership', 15, ['consultation']], ['treaty', 8, []], ['defense', 7, ['defense', 'consultation']], ['alliance', 5, ['consultation', 'nonaggression']],
];
const PARTY_COUNTS = [[2, 60], [3, 15], [4, 10], [5, 8], [6, 7]];

export interface SynthPerson { index: number; id: string; name: string; country: string; role: string; from: string; to: string | null }
export interface SynthMeeting { index: number; id: string; kind: Meeting['kind']; status: 'held' | 'planned'; date: string; countries: string[]; persons: SynthPerson[]; place: string | null }
export interface SynthPact { index: number; id: string; kind: Pact['kind']; date: string; endDate: string | null; parties: string[]; name: string; obligations: string[] }

export interface WorldPlan {
  options: Required<WorldOptions>;
  /** Countries in activity rank order (hubs first). */
  countries: string[];
  persons: SynthPerson[];
  days: string[];
  citation: string;
}

const require = createRequire(import.meta.url);

export function defaultCountries(): string[] {
  const world: { cca2: string; independent: boolean }[] = require('world-countries');
  return world.filter((c) => c.independent && isCountryCode(c.cca2)).map((c) => c.cca2).sort();
}

export function resolveOptions(o: WorldOptions): Required<WorldOptions> {
  const opts = { ...WORLD_DEFAULTS, countries: defaultCountries(), ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } as Required<WorldOptions>;
  const bad = opts.countries.filter((c) => !isCountryCode(c));
  if (bad.length) throw new Error(`generateWorld: not ISO 3166-1 alpha-2 codes: ${bad.slice(0, 5).join(', ')}`);
  if (new Set(opts.countries).size < 6) throw new Error('generateWorld: needs at least 6 distinct countries (pacts have up to 6 parties)');
  for (const k of ['persons', 'meetings', 'pacts', 'years', 'batchSize'] as const) if (!Number.isInteger(opts[k]) || opts[k] < (k === 'years' || k === 'batchSize' ? 1 : 0)) throw new Error(`generateWorld: ${k} must be a ${k === 'years' || k === 'batchSize' ? 'positive' : 'non-negative'} integer, not ${opts[k]}`);
  if (!Number.isInteger(opts.seed)) throw new Error(`generateWorld: seed must be an integer, not ${opts.seed}`);
  return opts;
}

function dayStrings(startYear: number, years: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(startYear, 0, 1); t < Date.UTC(startYear + years, 0, 1); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export function planWorld(options: WorldOptions): WorldPlan {
  const opts = resolveOptions(options);
  const given = [...new Set(opts.countries)].sort();
  const hubs = HUBS.filter((h) => given.includes(h));
  const countries = [...hubs, ...shuffle(given.filter((c) => !hubs.includes(c)), rngFor(opts.seed, 'country-rank'))];
  const days = dayStrings(opts.startYear, opts.years);
  const rng = rngFor(opts.seed, 'persons');
  const newName = nameMaker(rng);

  // Persons per country: mostly even (every state has its offices), a little more for busy
  // states (sqrt of activity, so hubs do not get month-long terms); largest remainder keeps the total exact.
  const act = zipfWeights(countries.length, opts.zipf / 2);
  const actTotal = act.reduce((a, b) => a + b, 0);
  const share = act.map((w) => 0.7 / countries.length + (0.3 * w) / actTotal);
  const exact = share.map((s) => s * opts.persons);
  const perCountry = exact.map(Math.floor);
  let left = opts.persons - perCountry.reduce((a, b) => a + b, 0);
  for (const i of exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i)) { if (left-- <= 0) break; perCountry[i]++; }

  const persons: SynthPerson[] = [];
  countries.forEach((country, ci) => {
    ROLES.forEach((role, r) => {
      const k = Math.floor(perCountry[ci] / ROLES.length) + (r < perCountry[ci] % ROLES.length ? 1 : 0);
      // k consecutive terms covering the whole period: k-1 random hand-over days.
      const cuts = Array.from({ length: k - 1 }, () => rng.int(1, days.length - 1)).sort((a, b) => a - b);
      const starts = [0, ...cuts];
      for (let t = 0; t < k; t++) {
        const index = persons.length;
        const end = t + 1 < k ? Math.max(starts[t], starts[t + 1] - 1) : null;
        persons.push({ index, id: `person:${hashOf('synthetic', String(opts.seed), 'person', String(index)).slice(0, 16)}`, name: newName(), country, role, from: days[starts[t]], to: end === null ? null : days[end] });
      }
    });
  });
  return { options: opts, countries, persons, days, citation: `${SYNTHETIC_DATASET}, seed ${opts.seed}` };
}

/** Who held a role on a day: persons of one (country, role) slot are consecutive, ordered by term. */
function officeIndex(plan: WorldPlan) {
  const slots = new Map<string, SynthPerson[]>();
  for (const p of plan.persons) {
    const key = `${p.country}|${p.role}`;
    const list = slots.get(key) ?? [];
    list.push(p);
    slots.set(key, list);
  }
  return (country: string, role: string, day: string): SynthPerson | undefined => {
    const list = slots.get(`${country}|${role}`);
    if (!list?.length) return undefined;
    let lo = 0, hi = list.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (list[mid].from <= day) lo = mid; else hi = mid - 1; }
    const p = list[lo];
    return p.from <= day && (p.to === null || day <= p.to) ? p : undefined;
  };
}

/** Draws countries: the first by global activity, the others mostly from its region. */
function countryDrawer(plan: WorldPlan, rng: Rng) {
  const { countries, options } = plan;
  const weights = zipfWeights(countries.length, options.zipf);
  const global = new AliasTable(weights);
  const byRegion = new Map<string, number[]>();
  countries.forEach((c, i) => { const r = countryGeo(c)?.region ?? 'unknown'; byRegion.set(r, [...(byRegion.get(r) ?? []), i]); });
  const regional = new Map([...byRegion].map(([r, idx]) => [r, { idx, table: new AliasTable(idx.map((i) => weights[i])) }]));
  const regionOf = countries.map((c) => regional.get(countryGeo(c)?.region ?? 'unknown')!);
  return (n: number): string[] => {
    const picked = [global.draw(rng)];
    while (picked.length < n) {
      const home = regionOf[picked[0]];
      const i = home.idx.length > n && rng.chance(options.regional) ? home.idx[home.table.draw(rng)] : global.draw(rng);
      if (!picked.includes(i)) picked.push(i);
    }
    return picked.map((i) => countries[i]);
  };
}

function weighted<T>(items: [T, number, ...unknown[]][]): { table: AliasTable; items: [T, number, ...unknown[]][] } {
  return { table: new AliasTable(items.map((x) => x[1])), items };
}

/** Recent years see more diplomacy: day index skewed towards the end of the period. */
const drawDay = (rng: Rng, days: string[]) => Math.min(days.length - 1, Math.floor(days.length * Math.pow(rng.next(), 0.8)));

export function* meetingsOf(plan: WorldPlan): Generator<SynthMeeting> {
  const rng = rngFor(plan.options.seed, 'meetings');
  const draw = countryDrawer(plan, rng);
  const holder = officeIndex(plan);
  const kinds = weighted(MEETING_KINDS);
  for (let index = 0; index < plan.options.meetings; index++) {
    const size = rng.chance(0.25) ? 3 : 2;
    const [kind, , slot] = kinds.items[kinds.table.draw(rng)] as (typeof MEETING_KINDS)[number];
    const countries = draw(size === 3 && kind !== 'call' ? 3 : 2);
    const date = plan.days[drawDay(rng, plan.days)];
    const persons: SynthPerson[] = [];
    for (const c of countries) {
      if (!rng.chance(0.85)) continue;
      const p = holder(c, ROLES[slot < 0 ? rng.int(0, ROLES.length - 1) : slot], date);
      if (p) persons.push(p);
    }
    const place = kind === 'call' ? null : kind === 'visit' ? countries[1] : countries[rng.int(0, countries.length - 1)];
    const status = date > plan.days[plan.days.length - 60] && rng.chance(0.5) ? 'planned' : 'held';
    yield { index, id: `meeting:${hashOf('synthetic', String(plan.options.seed), 'meeting', String(index)).slice(0, 24)}`, kind, status, date, countries, persons, place };
  }
}

export function* pactsOf(plan: WorldPlan): Generator<SynthPact> {
  const rng = rngFor(plan.options.seed, 'pacts');
  const draw = countryDrawer(plan, rng);
  const kinds = weighted(PACT_KINDS);
  const sizes = weighted(PARTY_COUNTS.map(([n, w]) => [n, w] as [number, number]));
  for (let index = 0; index < plan.options.pacts; index++) {
    const [kind, , obligations] = kinds.items[kinds.table.draw(rng)] as (typeof PACT_KINDS)[number];
    const parties = draw(sizes.items[sizes.table.draw(rng)][0]);
    const day = drawDay(rng, plan.days);
    const date = plan.days[day];
    const endDate = rng.chance(0.3) ? plan.days[rng.int(day, plan.days.length - 1)] : null;
    yield { index, id: `pact:${hashOf('synthetic', String(plan.options.seed), 'pact', String(index)).slice(0, 24)}`, kind, date, endDate, parties, name: `Synthetic ${kind} ${parties.join('-')} no. ${index + 1}`, obligations };
  }
}

// ---- bulk path: WriteBatch rows ----------------------------------------------------------------

const cid = (code: string) => `country:${code}`;
const pairs = (codes: string[]) => {
  const s = [...codes].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.push([cid(s[i]), cid(s[j])]);
  return out;
};

/** The world as store rows: countries and persons first, then meetings, then pacts, batchSize events per batch. */
export function* worldBatches(options: WorldOptions | WorldPlan): Generator<WriteBatch> {
  const plan = 'persons' in options && Array.isArray(options.persons) ? (options as WorldPlan) : planWorld(options as WorldOptions);
  const first = emptyBatch();
  first.countries = plan.countries.map(countryRow).sort((a, b) => a.id.localeCompare(b.id));
  for (const p of plan.persons) {
    first.persons.push({ id: p.id, name: p.name, aliases: [], country: cid(p.country), searchText: searchTextOf([p.name]) });
    first.represents.push({ person: p.id, country: cid(p.country), role: p.role, from: p.from, to: p.to });
  }
  yield first;
  const source = { curated: false, sourceCitation: plan.citation, sourceUrl: null };
  let b = emptyBatch();
  for (const m of meetingsOf(plan)) {
    b.meetings.push({ id: m.id, kind: m.kind, title: `${m.kind} ${m.countries.join('-')}`, status: m.status, place: m.place, placeName: null, date: m.date, endDate: null, dateFrom: m.date, dateTo: m.date, precision: 'day', dateKnown: true, ...source });
    for (const c of m.countries) b.attended.push({ entity: cid(c), meeting: m.id, role: null });
    for (const p of m.persons) b.attended.push({ entity: p.id, meeting: m.id, role: p.role });
    if (m.place) b.heldIn.push({ meeting: m.id, country: cid(m.place) });
    for (const [a, c] of pairs(m.countries)) b.ties.push({ a, b: c, event: m.id, relation: 'met', kind: m.kind, dateFrom: m.date, dateTo: m.date });
    if (b.meetings.length >= plan.options.batchSize) { yield b; b = emptyBatch(); }
  }
  if (b.meetings.length) { yield b; b = emptyBatch(); }
  for (const p of pactsOf(plan)) {
    const dateTo = p.endDate ?? OPEN_END;
    b.pacts.push({ id: p.id, kind: p.kind, title: p.name, status: 'signed', names: [p.name], obligations: p.obligations, date: p.date, endDate: p.endDate, dateFrom: p.date, dateTo, precision: 'day', dateKnown: true, ...source });
    for (const c of p.parties) b.partyTo.push({ entity: cid(c), pact: p.id });
    for (const [a, c] of pairs(p.parties)) b.ties.push({ a, b: c, event: p.id, relation: 'pact', kind: p.kind, dateFrom: p.date, dateTo });
    if (b.pacts.length >= plan.options.batchSize) { yield b; b = emptyBatch(); }
  }
  if (b.pacts.length) yield b;
}

// ---- interchange path --------------------------------------------------------------------------

const chunk = (events: Interchange['events'], persons: Interchange['entities']['persons'] = []): Interchange => ({ format: 'entente-interchange', version: 1, documents: [], entities: { persons, organizations: [] }, events });

/** The world as interchange documents: one with every person and their terms, then events in chunks. */
export function* worldInterchange(options: WorldOptions | WorldPlan): Generator<Interchange> {
  const plan = 'persons' in options && Array.isArray(options.persons) ? (options as WorldPlan) : planWorld(options as WorldOptions);
  yield chunk([], plan.persons.map((p) => ({ id: p.id, name: p.name, aliases: [], country: p.country, affiliations: [{ country: p.country, role: p.role, from: p.from, to: p.to }] })));
  const source = (what: string, i: number) => ({ citation: plan.citation, url: null, dataset: SYNTHETIC_DATASET, recordId: `seed=${plan.options.seed};${what}=${i}` });
  let events: Interchange['events'] = [];
  for (const m of meetingsOf(plan)) {
    events.push({
      type: 'meeting', id: m.id, kind: m.kind, status: m.status, title: `${m.kind} ${m.countries.join('-')}`, date: m.date, place: m.place,
      participants: [...m.countries.map((code) => ({ type: 'country' as const, code })), ...m.persons.map((p) => ({ type: 'person' as const, id: p.id, name: p.name, country: p.country, role: p.role }))],
      evidence: [], source: source('meeting', m.index), curated: false,
    });
    if (events.length >= plan.options.batchSize) { yield chunk(events); events = []; }
  }
  for (const p of pactsOf(plan)) {
    events.push({
      type: 'pact', id: p.id, kind: p.kind, status: 'signed', title: p.name, names: [p.name], obligations: p.obligations, date: p.date, endDate: p.endDate,
      participants: p.parties.map((code) => ({ type: 'country' as const, code })), evidence: [], source: source('pact', p.index), curated: false,
    });
    if (events.length >= plan.options.batchSize) { yield chunk(events); events = []; }
  }
  if (events.length) yield chunk(events);
}

/** Entry point named in the design: the world as store rows (alias of worldBatches). */
export const generateWorld = worldBatches;
