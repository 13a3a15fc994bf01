// The evaluation scorer's matching rule (../shared/eval/README.md, "How it scores"), restated
// for seed records: country sets by Jaccard >= 0.5, dates inside the gold window, and a maximum
// matching that serves required gold events first and tries candidates sharing most persons first.
// One addition: among equals, a candidate of the gold's kind is tried first, so that the pairs
// reported are the intended ones (it never changes how many gold events are matched).
import type { Event } from '../../server/domain/event/schema.js';

export interface GoldEvent {
  required: boolean;
  date: string | null;
  endDate?: string | null;
  dateTolerance?: number;
  anyDate?: boolean;
  place?: string | null;
  countries?: string[];
  parties?: string[];
  persons?: string[][];
  kind: string;
  status?: string;
  names?: string[];
  note?: string;
}
export interface Gold { document: string; lang: string; published: string; meetings: GoldEvent[]; pacts: GoldEvent[] }

const DAY = 86_400_000;
interface Span { start: number; end: number }

/** Day range of a partial date in UTC ms; null when empty, 'invalid' when not a calendar date. */
export function rangeOf(text: string | null | undefined): Span | null | 'invalid' {
  if (text === null || text === undefined || text === '') return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return 'invalid';
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y, 11, 31) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return 'invalid';
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (m[3] === undefined) return { start: Date.UTC(y, mo - 1, 1), end: Date.UTC(y, mo - 1, last) };
  const d = Number(m[3]);
  if (d < 1 || d > last) return 'invalid';
  return { start: Date.UTC(y, mo - 1, d), end: Date.UTC(y, mo - 1, d) };
}

export function spanOfEvent(e: Pick<Event, 'date' | 'endDate'>): Span | null {
  const a = rangeOf(e.date);
  const b = rangeOf(e.endDate);
  if (!a || a === 'invalid') return null;
  return b && b !== 'invalid' && b.end >= a.start ? { start: a.start, end: b.end } : a;
}

export function datesAgree(gold: GoldEvent, span: Span | null): boolean {
  if (gold.anyDate || gold.date === null || gold.date === undefined) return true;
  if (!span) return false;
  const g = rangeOf(gold.date);
  if (!g || g === 'invalid') return true;
  const tolerance = (gold.dateTolerance ?? 0) * DAY;
  const ge = rangeOf(gold.endDate);
  const end = ge && ge !== 'invalid' ? ge.end : g.end;
  return span.start >= g.start - tolerance && span.end <= end + tolerance;
}

const normalize = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s.・·‐\-_'’]/g, '');

/** Country and organisation codes of an event, including the countries of its persons. */
export function partiesOf(e: Event): Set<string> {
  const set = new Set<string>();
  for (const p of e.participants) {
    if (p.type === 'person') { if (p.country) set.add(p.country); }
    else set.add(p.code);
  }
  return set;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((x) => b.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : inter / union;
}

export const personNames = (e: Event) => e.participants.flatMap((p) => (p.type === 'person' ? [normalize(p.name)] : []));

/** How many gold persons (each a list of accepted spellings) the names cover. */
export function personsFound(goldPersons: string[][], names: string[]): number {
  return goldPersons.filter((aliases) => aliases.map(normalize).some((alias) => alias.length >= 2 && names.some((n) => n === alias || n.includes(alias)))).length;
}

/** Maximum matching of gold events to seed events: gold index -> event index. */
export function matchGold(golds: GoldEvent[], events: Event[], key: 'countries' | 'parties'): Map<number, number> {
  const candidates = golds.map((g) => {
    const goldParties = new Set(g[key] ?? []);
    return events
      .map((e, i) => ({ i, j: jaccard(goldParties, partiesOf(e)), persons: personsFound(g.persons ?? [], personNames(e)), sameKind: Number(e.kind === g.kind), ok: datesAgree(g, spanOfEvent(e)) }))
      .filter((c) => c.ok && c.j >= 0.5)
      .sort((a, b) => b.persons - a.persons || b.sameKind - a.sameKind || b.j - a.j)
      .map((c) => c.i);
  });
  const goldOf = new Map<number, number>();
  const eventOf = new Map<number, number>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const ei of candidates[gi]) {
      if (seen.has(ei)) continue;
      seen.add(ei);
      const holder = goldOf.get(ei);
      if (holder === undefined || augment(holder, seen)) {
        goldOf.set(ei, gi);
        eventOf.set(gi, ei);
        return true;
      }
    }
    return false;
  };
  const order = golds.map((_, i) => i).sort((a, b) => Number(golds[b].required) - Number(golds[a].required));
  for (const gi of order) augment(gi, new Set());
  return eventOf;
}
