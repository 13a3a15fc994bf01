// Stage 8 — assemble. Reads: sentences, countries, organizations, persons, triggers, dates, anchor.
// Adds: events. Each trigger in a body sentence (not a headline) collects the parties of its clause
// plus the sentence's subject; "両首脳"/"the two leaders"/"los dos dirigentes" borrow the parties of
// the previous event; a signing by officials of two states is also a meeting; a bilateral round with
// three or more states around one subject ("met his peers from A and B") becomes one meeting per pair.
import type { Lang } from '../../domain/country/countries.js';
import { profileOf } from '../lang/index.js';
import type { ArticleContext, CountryMention, DraftEvent, PersonMention, Sentence, TriggerMention } from '../types.js';

interface Cues { planned: RegExp; coreference: RegExp; multilateral: RegExp; hypothetical: RegExp; negation: RegExp; status: Record<'signed' | 'established' | 'agreed' | 'negotiating', RegExp> }
const cueCache = new Map<Lang, Cues>();
function cuesFor(lang: Lang): Cues {
  let c = cueCache.get(lang);
  if (!c) {
    const t = profileOf(lang).triggers;
    const f = lang === 'ja' ? 'u' : 'iu';
    c = {
      planned: new RegExp(t.planned, f), coreference: new RegExp(t.coreference, f), multilateral: new RegExp(t.multilateral, lang === 'ja' ? 'u' : 'u'),
      hypothetical: new RegExp(t.hypothetical, f), negation: new RegExp(t.negation, f),
      status: { signed: new RegExp(t.status.signed, f), established: new RegExp(t.status.established, f), agreed: new RegExp(t.status.agreed, f), negotiating: new RegExp(t.status.negotiating, f) },
    };
    cueCache.set(lang, c);
  }
  return c;
}

const within = <T extends { start: number; end: number }>(list: T[], start: number, end: number) => list.filter((x) => x.start >= start && x.end <= end);

/** Where a clause's subject ends: Japanese topic/subject particle, else the first trigger. */
function subjectEnd(ctx: ArticleContext, s: Sentence, firstTrigger: TriggerMention): number {
  if (ctx.lang === 'ja') {
    const m = /^[^。]*?(?:は|が)[、,]?/u.exec(s.text);
    if (m && s.start + m[0].length <= firstTrigger.start) return s.start + m[0].length;
  }
  return firstTrigger.start;
}

function statusOfPact(cues: Cues, text: string, planned: boolean): string {
  if (cues.status.signed.test(text)) return 'signed';
  if (cues.status.established.test(text)) return 'established';
  if (cues.status.negotiating.test(text)) return 'negotiating';
  if (cues.status.agreed.test(text)) return planned ? 'negotiating' : 'agreed';
  return 'referenced';
}

function placeOf(ctx: ArticleContext, s: Sentence, region: [number, number]): { code: string | null; name: string | null } {
  const capital = within(ctx.countries, s.start, s.end).find((c) => c.via === 'capital');
  if (capital) return { code: capital.code, name: ctx.norm.slice(capital.start, capital.end) };
  const text = ctx.norm;
  for (const c of within(ctx.countries, region[0], region[1])) {
    const before = text.slice(Math.max(s.start, c.start - 4), c.start);
    const after = text.slice(c.end, c.end + 3);
    if (ctx.lang === 'ja' ? /^(で|にて|を訪|に到着|訪問中)/.test(after) : /\b(in|en)\s+$/i.test(before)) return { code: c.code, name: null };
  }
  return { code: null, name: null };
}

function kindFor(trigger: TriggerMention, persons: PersonMention[], parties: number, multilateral: boolean): string {
  if (trigger.kind === 'call' || trigger.kind === 'visit') return trigger.kind;
  if (multilateral && parties >= 3) return 'multilateral';
  if (trigger.kind === 'multilateral') return parties >= 3 ? 'multilateral' : 'summit';
  if (trigger.kind !== 'talks') return trigger.kind;
  const cats = new Set(persons.map((p) => p.category));
  if (persons.length >= 2 && persons.every((p) => p.category === 'head')) return 'summit';
  if (cats.has('foreign') && [...cats].every((c) => c === 'foreign' || c === 'head')) return 'ministerial';
  if (cats.has('defense')) return 'defense';
  return 'talks';
}

const KIND_RANK: Record<string, number> = { call: 6, multilateral: 5, summit: 4, ministerial: 4, defense: 4, talks: 2, visit: 1 };

export function assembleEvents(ctx: ArticleContext): ArticleContext {
  const cues = cuesFor(ctx.lang);
  const events: DraftEvent[] = [];
  let context: { countries: string[]; persons: PersonMention[] } | null = null;
  const frequency = new Map<string, number>();
  for (const c of ctx.countries) if (c.via !== 'capital') frequency.set(c.code, (frequency.get(c.code) ?? 0) + 1);
  const topTwo = [...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([c]) => c);

  ctx.sentences.forEach((s, si) => {
    const triggers = within(ctx.triggers, s.start, s.end);
    if (!triggers.length || s.headline) return;
    const countriesIn = within(ctx.countries, s.start, s.end);
    const personsIn = within(ctx.persons, s.start, s.end);
    const orgsIn = within(ctx.organizations, s.start, s.end);
    const planned = cues.planned.test(s.text);
    const coref = cues.coreference.test(s.text);
    const multilateral = cues.multilateral.test(s.text) || orgsIn.length > 0 && countriesIn.length >= 3;
    const subjEnd = subjectEnd(ctx, s, triggers[0]);
    const subject = { countries: within(countriesIn, s.start, subjEnd).filter((c) => c.via !== 'capital'), persons: within(personsIn, s.start, subjEnd) };
    const local: DraftEvent[] = [];
    const sentenceDates = within(ctx.dates, s.start, s.end);

    for (const [ti, t] of triggers.entries()) {
      const sameType = triggers.filter((x) => x.type === t.type);
      const idx = sameType.indexOf(t);
      let regionStart: number;
      let regionEnd: number;
      if (ctx.lang === 'ja') {
        regionStart = idx > 0 ? sameType[idx - 1].end : s.start;
        regionEnd = t.end;
      } else {
        regionStart = idx > 0 ? sameType[idx - 1].end : s.start;
        regionEnd = idx < sameType.length - 1 ? sameType[idx + 1].start : s.end;
      }
      const windowText = ctx.norm.slice(Math.max(s.start, t.start - 12), Math.min(s.end, t.end + 12));
      if (cues.negation.test(windowText)) continue;
      if (t.type === 'meeting' && cues.hypothetical.test(ctx.norm.slice(t.end, Math.min(s.end, t.end + 25))) && ctx.lang === 'ja') continue;
      const regionCountries: CountryMention[] = within(countriesIn, regionStart, regionEnd).filter((c) => c.via !== 'capital' || t.kind === 'visit');
      const regionPersons = within(personsIn, regionStart, regionEnd);
      const regionOrgs = within(orgsIn, regionStart, regionEnd);
      const persons = dedupePersons([...subject.persons, ...regionPersons]);
      const countries = new Set<string>([...subject.countries, ...regionCountries].map((c) => c.code));
      for (const p of persons) if (p.country) countries.add(p.country);
      const orgs = new Set(regionOrgs.map((o) => o.code));
      let parties = countries.size + orgs.size;
      if (parties < 2 && (coref || (t.type === 'pact' && parties === 0 && /両国|双方|ambos|both|two countries|dos países/i.test(s.text)))) {
        const fill = context?.countries ?? topTwo;
        for (const c of fill) countries.add(c);
        if (context && !persons.length) persons.push(...context.persons);
        parties = countries.size + orgs.size;
      }
      if (parties < 2 && !(t.type === 'meeting' && persons.length >= 1 && parties === 1)) continue;
      const nearest = nearestDate(sentenceDates, t, ctx.lang);
      const status = t.type === 'pact' ? statusOfPact(cues, s.text, planned) : planned ? 'planned' : 'held';
      let date: string | null = null;
      let dateExplicit = false;
      if (nearest) {
        dateExplicit = true;
        date = nearest.date || null;
      } else if (t.type === 'meeting' ? status === 'held' : status !== 'referenced' && status !== 'negotiating') date = ctx.anchor;
      const endDate = nearest?.endDate ?? null;
      const place = placeOf(ctx, s, [regionStart, regionEnd]);
      const kind = t.type === 'meeting' ? kindFor(t, persons, parties, multilateral) : t.kind;
      local.push({
        type: t.type, kind, status, countries: [...countries].sort(), organizations: [...orgs].sort(), persons, date, endDate, dateExplicit,
        place: place.code, placeName: place.name, names: t.type === 'pact' ? [ctx.norm.slice(t.start, t.end)] : [],
        evidence: [{ start: s.start, end: s.end, rule: t.rule }], sentence: si,
      });
      void ti;
    }
    // Signing by officials of two states is a meeting even when no meeting word is written.
    const signed = local.find((e) => e.type === 'pact' && e.status === 'signed');
    if (signed && !local.some((e) => e.type === 'meeting')) {
      const states = new Set(personsIn.map((p) => p.country).filter(Boolean));
      if (states.size >= 2 && personsIn.length >= 2) {
        local.push({ ...signed, type: 'meeting', kind: personsIn.every((p) => p.category === 'head') ? 'summit' : 'talks', status: 'held', countries: [...new Set([...signed.countries, ...states as Set<string>])].sort(), persons: dedupePersons(personsIn), names: [], evidence: [{ start: s.start, end: s.end, rule: 'assemble.signing-meeting' }] });
      }
    }
    const merged = mergeWithinSentence(local);
    for (const e of merged) {
      for (const split of splitBilaterals(e, subject.countries.map((c) => c.code).concat(subject.persons.map((p) => p.country ?? '').filter(Boolean)), multilateral)) events.push(split);
    }
    const lastMeeting = [...merged].reverse().find((e) => e.countries.length >= 2);
    if (lastMeeting) context = { countries: lastMeeting.countries, persons: lastMeeting.persons };
  });
  return { ...ctx, events };
}

function nearestDate(dates: { start: number; end: number; date: string; endDate?: string | null }[], t: TriggerMention, lang: Lang) {
  if (!dates.length) return null;
  const dist = (d: { start: number; end: number }) => {
    const before = d.end <= t.start;
    const gap = before ? t.start - d.end : d.start - t.end;
    // Japanese puts the date before the verb; a date after the trigger belongs to a later clause.
    return lang === 'ja' && !before ? gap * 3 + 20 : gap;
  };
  return [...dates].sort((a, b) => dist(a) - dist(b))[0];
}

function dedupePersons(list: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const p of list) if (!out.some((q) => q.name === p.name && q.country === p.country)) out.push(p);
  return out;
}

/** Triggers of one sentence that share their parties describe one event ("訪問中の…外相会談"). */
function mergeWithinSentence(list: DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of list) {
    const same = out.find((o) => o.type === e.type && o.type === 'meeting' && sameSet(o.countries, e.countries) && (o.kind === 'call') === (e.kind === 'call'));
    const samePact = out.find((o) => o.type === 'pact' && e.type === 'pact' && sameSet(o.countries, e.countries) && o.kind === e.kind);
    const target = same ?? samePact;
    if (!target) { out.push(e); continue; }
    if ((KIND_RANK[e.kind] ?? 0) > (KIND_RANK[target.kind] ?? 0)) target.kind = e.kind;
    target.persons = dedupePersons([...target.persons, ...e.persons]);
    target.evidence.push(...e.evidence);
    if (!target.dateExplicit && e.dateExplicit) { target.date = e.date; target.endDate = e.endDate; target.dateExplicit = true; }
    target.names.push(...e.names);
    target.place ??= e.place;
  }
  return out;
}

function splitBilaterals(e: DraftEvent, subjectCodes: string[], multilateral: boolean): DraftEvent[] {
  if (e.type !== 'meeting' || multilateral || e.kind === 'multilateral' || e.countries.length < 3 || e.organizations.length) return [e];
  const hub = subjectCodes.find((c) => e.countries.includes(c));
  if (!hub) return [e];
  return e.countries.filter((c) => c !== hub).map((c) => ({
    ...e,
    countries: [hub, c].sort(),
    persons: e.persons.filter((p) => !p.country || p.country === hub || p.country === c),
    evidence: e.evidence.map((ev) => ({ ...ev, rule: `${ev.rule}+assemble.bilateral-split` })),
  }));
}

export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
