import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { countryGeo } from '../domain/country/countries.js';
import { Interchange } from '../domain/interchange/schema.js';
import { planWrites } from '../domain/interchange/plan.js';
import { writeWorldCsv } from './csv.js';
import { meetingsOf, pactsOf, planWorld, worldBatches, worldInterchange, type WorldOptions } from './world.js';

const SMALL: WorldOptions = { seed: 7, meetings: 3000, pacts: 400, persons: 2500, years: 10, batchSize: 700 };

async function csvHash(opts: WorldOptions): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'entente-world-'));
  try {
    await writeWorldCsv(dir, worldBatches(opts), { seed: opts.seed });
    const h = createHash('sha256');
    for (const f of (await readdir(dir)).sort()) h.update(f).update(await readFile(path.join(dir, f)));
    return h.digest('hex');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the same seed writes byte-identical files; another seed does not', async () => {
  const a = await csvHash(SMALL);
  expect(await csvHash(SMALL)).toBe(a);
  expect(await csvHash({ ...SMALL, seed: 8 })).not.toBe(a);
});

test('configured sizes are honoured', () => {
  const plan = planWorld({ ...SMALL, countries: ['US', 'JP', 'FR', 'DE', 'CN', 'BR', 'IN', 'KE', 'AU', 'MX'] });
  expect(plan.persons).toHaveLength(2500);
  expect(plan.countries).toHaveLength(10);
  let meetings = 0, pacts = 0, batches = 0;
  for (const b of worldBatches(plan)) { meetings += b.meetings.length; pacts += b.pacts.length; batches++; }
  expect([meetings, pacts]).toEqual([3000, 400]);
  expect(batches).toBe(1 + Math.ceil(3000 / 700) + Math.ceil(400 / 700));
  expect(planWorld({ seed: 1, meetings: 0 }).countries.length).toBeGreaterThan(190);
});

test('activity is skewed: the top 5% of countries hold most participations', () => {
  const plan = planWorld({ ...SMALL, meetings: 20_000 });
  const per = new Map<string, number>();
  for (const m of meetingsOf(plan)) for (const c of m.countries) per.set(c, (per.get(c) ?? 0) + 1);
  const counts = plan.countries.map((c) => per.get(c) ?? 0).sort((a, b) => b - a);
  const total = counts.reduce((a, b) => a + b, 0);
  const top = counts.slice(0, Math.ceil(counts.length * 0.05)).reduce((a, b) => a + b, 0);
  // Uniform activity would give the top 5% about 5% of participations.
  expect(top / total).toBeGreaterThan(0.3);
});

test('partners cluster by region', () => {
  const sameRegionShare = (regional: number) => {
    let same = 0, n = 0;
    for (const m of meetingsOf(planWorld({ ...SMALL, meetings: 5000, regional }))) { n++; if (countryGeo(m.countries[0])?.region === countryGeo(m.countries[1])?.region) same++; }
    return same / n;
  };
  // Without the regional draw the share is what the global skew alone gives (about 0.2 here).
  expect(sameRegionShare(0.6)).toBeGreaterThan(sameRegionShare(0) + 0.25);
});

test('meetings have 2–3 countries and office holders of those countries in office that day; pacts 2–6 parties', () => {
  const plan = planWorld(SMALL);
  let withPersons = 0;
  for (const m of meetingsOf(plan)) {
    expect(m.countries.length).toBeGreaterThanOrEqual(2);
    expect(m.countries.length).toBeLessThanOrEqual(3);
    expect(new Set(m.countries).size).toBe(m.countries.length);
    for (const p of m.persons) {
      expect(m.countries).toContain(p.country);
      expect(p.from <= m.date && (p.to === null || m.date <= p.to)).toBe(true);
    }
    if (m.persons.length) withPersons++;
  }
  expect(withPersons).toBeGreaterThan(2000);
  for (const p of pactsOf(plan)) {
    expect(p.parties.length).toBeGreaterThanOrEqual(2);
    expect(p.parties.length).toBeLessThanOrEqual(6);
    if (p.endDate) expect(p.endDate >= p.date).toBe(true);
  }
});

test('every interchange chunk is valid and plans into write batches', () => {
  const ids = new Set<string>();
  let events = 0;
  for (const chunk of worldInterchange(SMALL)) {
    const parsed = Interchange.safeParse(chunk);
    if (!parsed.success) throw new Error(parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    for (const e of chunk.events) { expect(ids.has(e.id!)).toBe(false); ids.add(e.id!); }
    events += chunk.events.length;
    expect(planWrites(parsed.data).length).toBeGreaterThan(0);
  }
  expect(events).toBe(3400);
});

test('bad options are named', () => {
  expect(() => planWorld({ seed: 1, countries: ['US', 'XX'] })).toThrow(/not ISO 3166-1 alpha-2 codes: XX/);
  expect(() => planWorld({ seed: 1, meetings: -1 })).toThrow(/meetings must be a non-negative integer/);
  expect(() => planWorld({ seed: 1.5 })).toThrow(/seed must be an integer/);
});
