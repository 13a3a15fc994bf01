// Stage 9 — merge duplicates. Reads: events. Rewrites: events. Within a document, two meetings are one
// when they have the same parties, compatible dates (equal, or one of them only inherited from the
// article's anchor) and no conflicting persons for a state; a phone call never merges with an in-person
// meeting, and a visit folds into the talks held during it. Pacts merge on parties and kind. A meeting
// with a single party adds its persons to an event of the sentence before, or is dropped.
import { foldName } from '../../domain/ids.js';
import type { ArticleContext, DraftEvent } from '../types.js';
import { sameSet } from './assemble.js';

const KIND_RANK: Record<string, number> = { call: 6, multilateral: 5, summit: 4, ministerial: 4, defense: 4, talks: 2, visit: 1 };
const PACT_RANK: Record<string, number> = { defense: 5, alliance: 5, trade: 4, mou: 4, treaty: 4, partnership: 3, agreement: 1 };

function datesCompatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.date === b.date && (a.endDate ?? null) === (b.endDate ?? null)) return true;
  if (!a.dateExplicit || !b.dateExplicit) return true;
  return a.date === null || b.date === null;
}

function personsCompatible(a: DraftEvent, b: DraftEvent): boolean {
  for (const country of new Set([...a.countries, ...b.countries])) {
    const pa = new Set(a.persons.filter((p) => p.country === country).map((p) => foldName(p.name)));
    const pb = new Set(b.persons.filter((p) => p.country === country).map((p) => foldName(p.name)));
    if (pa.size && pb.size && ![...pa].some((x) => pb.has(x))) return false;
  }
  return true;
}

function absorb(into: DraftEvent, e: DraftEvent) {
  into.persons = [...into.persons, ...e.persons.filter((p) => !into.persons.some((q) => foldName(q.name) === foldName(p.name)))];
  into.evidence.push(...e.evidence);
  if ((!into.dateExplicit && e.dateExplicit && e.date) || (into.date === null && e.date)) { into.date = e.date; into.endDate = e.endDate; into.dateExplicit = e.dateExplicit; }
  into.place ??= e.place;
  into.placeName ??= e.placeName;
  for (const n of e.names) if (!into.names.includes(n)) into.names.push(n);
  if (into.status === 'planned' && e.status === 'held') into.status = 'held';
}

export function mergeDuplicates(ctx: ArticleContext): ArticleContext {
  const out: DraftEvent[] = [];
  for (const e of ctx.events) {
    if (e.type === 'meeting' && e.countries.length + e.organizations.length < 2) {
      const host = [...out].reverse().find((o) => o.type === 'meeting' && e.sentence - o.sentence <= 2 && e.countries.every((c) => o.countries.includes(c)));
      if (host) absorb(host, { ...e, dateExplicit: false, date: host.date });
      continue;
    }
    const twin = [...out].reverse().find((o) => {
      if (o.type !== e.type || !sameSet(o.countries, e.countries) || !sameSet(o.organizations, e.organizations)) return false;
      // A pact's date is its signing or founding: mentions merge only when the dates agree or one has none.
      if (e.type === 'pact') return (o.kind === e.kind || o.kind === 'agreement' || e.kind === 'agreement') && (o.date === e.date || o.date === null || e.date === null || (o.status === e.status && (!o.dateExplicit || !e.dateExplicit)));
      if ((o.kind === 'call') !== (e.kind === 'call') || o.status !== e.status) return false;
      return datesCompatible(o, e) && personsCompatible(o, e);
    });
    if (!twin) { out.push({ ...e, persons: [...e.persons], evidence: [...e.evidence], names: [...e.names] }); continue; }
    const rank = e.type === 'pact' ? PACT_RANK : KIND_RANK;
    if ((rank[e.kind] ?? 0) > (rank[twin.kind] ?? 0)) twin.kind = e.kind;
    if (e.type === 'pact' && ['signed', 'established'].includes(e.status) && !['signed', 'established'].includes(twin.status)) twin.status = e.status;
    absorb(twin, e);
  }
  return { ...ctx, events: out };
}
