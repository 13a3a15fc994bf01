// Histogram of meetings and pacts per month or year, for the time slider. Meetings come from
// attendance, pacts from the ties' event ids (dated by their node records).
import type { GraphStore } from '../store/graph-store.js';
import type { NetworkQuery } from '../domain/network/schema.js';
import { tieQueryOf } from './network-of.js';

export type Bucket = 'month' | 'year';
export interface TimelineBucket { period: string; meetings: number; pacts: number }

const periodOf = (day: string, bucket: Bucket) => day.slice(0, bucket === 'year' ? 4 : 7);

/** Counts per period, with empty periods between the first and last filled in. */
export function histogram(meetingDays: string[], pactDays: string[], bucket: Bucket): TimelineBucket[] {
  const counts = new Map<string, TimelineBucket>();
  const bump = (day: string, key: 'meetings' | 'pacts') => {
    const period = periodOf(day, bucket);
    const b = counts.get(period) ?? { period, meetings: 0, pacts: 0 };
    b[key]++;
    counts.set(period, b);
  };
  meetingDays.forEach((d) => bump(d, 'meetings'));
  pactDays.forEach((d) => bump(d, 'pacts'));
  const periods = [...counts.keys()].sort();
  if (!periods.length) return [];
  const out: TimelineBucket[] = [];
  for (let p = periods[0]; p <= periods.at(-1)!; p = nextPeriod(p)) out.push(counts.get(p) ?? { period: p, meetings: 0, pacts: 0 });
  return out;
}

function nextPeriod(p: string): string {
  if (p.length === 4) return String(Number(p) + 1);
  const [y, m] = p.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export async function timelineOf(store: GraphStore, q: NetworkQuery, bucket: Bucket): Promise<TimelineBucket[]> {
  const tq = tieQueryOf(q);
  const countryIds = q.countries?.length ? new Set(q.countries.map((c) => `country:${c}`)) : null;
  const meetingDays: string[] = [];
  if (q.relations.includes('met')) {
    for (const r of await store.attendance({ ...tq, relations: ['met'] })) {
      if (!countryIds || r.entities.some((e) => countryIds.has(e))) meetingDays.push(r.dateFrom);
    }
  }
  const pactDays: string[] = [];
  if (q.relations.includes('pact')) {
    const ids = new Set<string>();
    for (const t of await store.ties({ ...tq, relations: ['pact'] })) {
      if (!countryIds || countryIds.has(t.a) || countryIds.has(t.b)) t.eventIds.forEach((id) => ids.add(id));
    }
    const records = ids.size ? await store.getNodes([...ids]) : [];
    const from = q.from ?? '';
    for (const r of records) {
      const day = r.props.dateFrom;
      // A pact counts in the period it was signed, when that falls inside the window.
      if (typeof day === 'string' && day >= from && r.props.dateKnown !== false) pactDays.push(day);
    }
  }
  return histogram(meetingDays, pactDays, bucket);
}
