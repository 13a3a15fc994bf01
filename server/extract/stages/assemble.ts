// Stage 8 — assemble. Reads: sentences, countries, organizations, persons, triggers, dates, anchor.
// Adds: events. Each trigger in a body sentence (not a headline) collects the parties of its clause
// plus the sentence's subject; "両首脳"/"the two leaders"/"los dos dirigentes" borrow the parties of
// the previous event; a signing by officials of two states is also a meeting; a bilateral round with
// three or more states around one subject ("met his peers from A and B") becomes one meeting per pair.
import type { Lang } from '../../domain/country/countries.js';
import { profileOf } from '../lang/index.js';
import { compilePattern } from '../patterns.js';
import type { ArticleContext, CountryMention, DraftEvent, PersonMention, Sentence, TriggerMention } from '../types.js';

interface Cues { planned: RegExp; coreference: RegExp; multilateral: RegExp; hypothetical: RegExp; negation: RegExp; status: Record<'signed' | 'established' | 'agreed' | 'negotiating', RegExp> }
const cueCache = new Map<Lang, Cues>();
function cuesFor(lang: Lang): Cues {
  let c = cueCache.get(lang);
  if (!c) {
    const t = profileOf(lang).triggers;
    const f = lang === 'ja' ? 'u' : 'iu';
    c = {
      planned: compilePattern(t.planned, f), coreference: compilePattern(t.coreference, f), multilateral: compilePattern(t.multilateral, lang === 'ja' ? 'u' : 'u'),
      hypothetical: compilePattern(t.hypothetical, f), negation: compilePattern(t.negation, f),
      status: { signed: compilePattern(t.status.signed, f), established: compilePattern(t.status.established, f), agreed: compilePattern(t.status.agreed, f), negotiating: compilePattern(t.status.negotiating, f) },
    };
    cueCache.set(lang, c);
  }
  return c;
}

const SUBORDINATOR = /(?<![\p{L}])(que|that|after|before|después de|tras|when|cuando|while|mientras)\s+/giu;
const within = <T extends { start: number; end: number }>(list: T[], start: number, end: number) => list.filter((x) => x.start >= start && x.end <= end);

/** Where a clause's subject ends: Japanese topic/subject particle, else the first trigger. */
function subjectEnd(ctx: ArticleContext, s: Sentence, firstTrigger: TriggerMention): number {
  if (ctx.lang === 'ja') {
    // The topic (…は) governs every clause of the sentence, even when a cue comes before it.
    const m = /^[^。「]*?(?:は|が)[、,]?/u.exec(s.text);
    if (m) return s.start + m[0].length;
  }
  return firstTrigger.start;
}

function statusOfPact(cues: Cues, text: string, planned: boolean, kind?: string): string {
  // A partnership is raised to, not signed: "elevated ties to a strategic partnership and signed a plan".
  if (kind === 'partnership' && cues.status.established.test(text)) return 'established';
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
    const triggers = coalesce(ctx, within(ctx.triggers, s.start, s.end));
    if (s.headline) return;
    const countriesIn = within(ctx.countries, s.start, s.end);
    const personsIn = within(ctx.persons, s.start, s.end);
    if (!triggers.length && !(personsIn.length >= 2 && (cues.status.signed.test(s.text) || cues.status.agreed.test(s.text)))) return;
    const orgsIn = within(ctx.organizations, s.start, s.end);
    const planned = cues.planned.test(s.text);
    const coref = cues.coreference.test(s.text);
    const multilateral = cues.multilateral.test(s.text) && countriesIn.length >= 3;
    const subjEnd = triggers.length ? subjectEnd(ctx, s, triggers[0]) : s.end;
    const subjectPersons = within(personsIn, s.start, subjEnd);
    // "日米豪印首脳会合に出席するため米国を訪問中の岸田首相は": the topic is the person; the countries
    // in the clauses describing them are not the subject.
    const subjectCountries = ctx.lang === 'ja' && subjectPersons.some((p) => p.country) ? [] : within(countriesIn, s.start, subjEnd).filter((c) => c.via !== 'capital');
    const subject = { countries: subjectCountries, persons: subjectPersons };
    const local: DraftEvent[] = [];
    const sentenceDates = within(ctx.dates, s.start, s.end);

    for (const t of triggers) {
      if (ctx.lang === 'ja' && t.type === 'meeting' && insideQuote(s.text, t.start - s.start)) continue;
      const sameType = triggers.filter((x) => x.type === t.type);
      const idx = sameType.indexOf(t);
      let regionStart = idx > 0 ? sameType[idx - 1].end : s.start;
      let regionEnd = ctx.lang === 'ja' ? t.end : idx < sameType.length - 1 ? sameType[idx + 1].start : s.end;
      if (ctx.lang !== 'ja' && idx > 0) {
        // SVO: a later verb's own clause starts at the last comma before it.
        const comma = Math.max(ctx.norm.lastIndexOf(',', t.start), ctx.norm.lastIndexOf(';', t.start));
        regionStart = Math.max(regionStart, comma + 1);
        // "...horas después de que Xi habló con Putin": a subordinate clause brings its own subject.
        const sub = [...ctx.norm.slice(regionStart, t.start).matchAll(SUBORDINATOR)].pop();
        if (sub) regionStart += sub.index! + sub[0].length;
      }
      // Pacts name their parties close by: "北朝鮮との防衛協定", "China-Germany comprehensive strategic partnership".
      if (t.type === 'pact') {
        regionStart = Math.max(regionStart, t.start - (ctx.lang === 'ja' ? 25 : 60));
        // "…ベトナムに到着し、相互防衛協定に署名": a Japanese clause ends at 、, so its parties stay behind it.
        if (ctx.lang === 'ja') regionStart = Math.max(regionStart, ctx.norm.lastIndexOf('、', t.start) + 1);
        regionEnd = Math.min(regionEnd, ctx.lang === 'ja' ? t.end : t.end + 60);
      }
      const windowText = ctx.norm.slice(Math.max(s.start, t.start - 12), Math.min(s.end, t.end + 12));
      if (cues.negation.test(windowText)) continue;
      if (t.type === 'meeting' && cues.hypothetical.test(ctx.norm.slice(t.end, Math.min(s.end, t.end + 25))) && ctx.lang === 'ja') continue;
      // en/es: the sentence subject belongs to the first verb; Japanese topics (は) govern every clause.
      const useSubject = ctx.lang === 'ja' || idx === 0;
      const regionText = ctx.norm.slice(regionStart, regionEnd);
      const multilateral = cues.multilateral.test(regionText) || (t.kind === 'multilateral' && (orgsIn.length > 0 || countriesIn.length >= 3)) || compoundOfThree(countriesIn, regionStart, regionEnd);
      let countryMentions = within(countriesIn, regionStart, regionEnd).filter((c) => c.via !== 'capital' && !isPlaceOnly(ctx, c));
      let persons = dedupePersons([...(useSubject ? subject.persons : []), ...within(personsIn, regionStart, regionEnd)]).filter((p) => !isAttributive(ctx, p));
      if (useSubject) countryMentions = [...subject.countries.filter((c) => !isPlaceOnly(ctx, c)), ...countryMentions];
      if (t.type === 'meeting' && t.kind === 'visit') {
        const visit = visitParties(ctx, s, t, countriesIn, persons);
        if (visit) { countryMentions = visit.countries; persons = visit.persons; }
      }
      const pactStatus = t.type === 'pact' ? statusOfPact(cues, ctx.norm.slice(Math.max(s.start, t.start - (ctx.lang === 'ja' ? 10 : 60)), Math.min(s.end, t.end + (ctx.lang === 'ja' ? 15 : 60))), planned, t.kind) : null;
      if (t.type === 'pact' && pactStatus !== 'signed') persons = persons.filter(() => false);
      const countries = new Set<string>(countryMentions.map((c) => c.code));
      for (const p of persons) if (p.country) countries.add(p.country);
      const orgs = new Set(within(orgsIn, regionStart, regionEnd).map((o) => o.code));
      for (const p of persons) if (p.organization) orgs.add(p.organization);
      let parties = countries.size + orgs.size;
      const namedSummit = ctx.lang !== 'ja' && t.type === 'meeting' && (t.kind === 'summit' || t.kind === 'multilateral');
      if (parties < 2 && !namedSummit && (coref || (t.type === 'pact' && parties === 0 && /両国|双方|ambos|both|two countries|dos países/i.test(s.text)))) {
        const present = [...countries];
        // "両国"/"the two leaders" point back at a pair: prefer the latest bilateral event that fits.
        const earlier = [...events, ...local].reverse().filter((e) => e.countries.length >= 2 && present.every((c) => e.countries.includes(c)));
        const partner = earlier.find((e) => e.countries.length === 2) ?? earlier[0];
        const fill = partner?.countries ?? context?.countries ?? topTwo;
        for (const c of fill) countries.add(c);
        if (context && !persons.length && t.type === 'meeting') persons.push(...context.persons);
        parties = countries.size + orgs.size;
      }
      if (parties < 2 && !(t.type === 'meeting' && persons.length >= 1 && parties === 1)) continue;
      if (!persons.length && coref && t.type === 'meeting') persons = leadingPersons(ctx, [...countries]);
      const plannedHere = cues.planned.test(ctx.lang === 'ja' ? ctx.norm.slice(t.start, Math.min(s.end, t.end + 15)) : ctx.norm.slice(Math.max(s.start, t.start - 30), clauseEnd(ctx.norm, t.end, Math.min(s.end, t.end + 80))));
      const status = pactStatus ?? (plannedHere ? 'planned' : 'held');
      let nearest = nearestDate(sentenceDates, t, ctx.lang, s);
      // An announced event without a date cannot be placed on the timeline; leave it out.
      if (t.type === 'meeting' && status === 'planned' && !nearest) continue;
      if (nearest && t.type === 'pact' && (status === 'referenced' || status === 'negotiating') && Math.min(Math.abs(nearest.end - t.start), Math.abs(nearest.start - t.end)) > 40) nearest = null;
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
    }
    // Signing (or agreeing) by officials of two states is a meeting even when no meeting word is written.
    const signed = local.find((e) => e.type === 'pact' && e.status === 'signed');
    const jointAct = !signed && !planned && (cues.status.signed.test(s.text) || cues.status.agreed.test(s.text));
    if ((signed || jointAct) && !local.some((e) => e.type === 'meeting') && !s.headline) {
      const states = new Set(personsIn.map((p) => p.country).filter(Boolean) as string[]);
      if (states.size >= 2 && personsIn.length >= 2) {
        const date = signed?.date ?? nearestDate(sentenceDates, { start: s.start, end: s.start } as TriggerMention, ctx.lang, s)?.date ?? ctx.anchor;
        const base = signed ?? { type: 'meeting' as const, kind: 'talks', status: 'held', countries: [], organizations: [], persons: [], date, endDate: null, dateExplicit: !!date && date !== ctx.anchor, place: null, placeName: null, names: [], evidence: [], sentence: si };
        local.push({ ...base, type: 'meeting', kind: personsIn.every((p) => p.category === 'head') ? 'summit' : 'talks', status: 'held', countries: [...new Set([...base.countries, ...states])].sort(), persons: dedupePersons(personsIn), names: [], evidence: [{ start: s.start, end: s.end, rule: signed ? 'assemble.signing-meeting' : 'assemble.joint-act-meeting' }] });
      }
    }
    // "会談し、…覚書に署名した": a pact signed in the clause after a meeting has the meeting's parties.
    const meetingHere = local.find((e) => e.type === 'meeting' && e.countries.length >= 2);
    if (meetingHere) {
      for (const t of triggers.filter((x) => x.type === 'pact' && !local.some((e) => e.type === 'pact' && e.evidence[0].rule === x.rule))) {
        const status = statusOfPact(cues, ctx.norm.slice(Math.max(s.start, t.start - (ctx.lang === 'ja' ? 10 : 60)), Math.min(s.end, t.end + (ctx.lang === 'ja' ? 15 : 60))), planned, t.kind);
        if (status !== 'signed' && status !== 'agreed' && status !== 'established') continue;
        local.push({ ...meetingHere, type: 'pact', kind: t.kind, status, persons: status === 'signed' ? meetingHere.persons : [], names: [ctx.norm.slice(t.start, t.end)], evidence: [{ start: s.start, end: s.end, rule: `${t.rule}+assemble.meeting-parties` }] });
      }
    }
    const merged = mergeWithinSentence(local);
    for (const e of merged) {
      for (const split of splitBilaterals(e, hubOf(ctx, e))) events.push(split);
    }
    const lastMeeting = [...merged].reverse().find((e) => e.countries.length >= 2);
    if (lastMeeting) context = { countries: lastMeeting.countries, persons: lastMeeting.persons };
  });
  return { ...ctx, events };
}

const KIND_ORDER = ['call', 'multilateral', 'summit', 'ministerial', 'defense', 'visit', 'talks'];
/** "mantuvo un encuentro", "held talks": a verb and its noun are one cue. */
function coalesce(ctx: ArticleContext, list: TriggerMention[]): TriggerMention[] {
  const out: TriggerMention[] = [];
  for (const t of list) {
    const prev = out[out.length - 1];
    if (prev && prev.type === t.type && /^\s*(un|una|unos|unas|a|an|the|el|la|los|las|de|del|su|sus|their|his|her|に|を|で|の)?\s*$/iu.test(ctx.norm.slice(prev.end, t.start))) {
      const kind = KIND_ORDER.indexOf(t.kind) >= 0 && KIND_ORDER.indexOf(t.kind) < KIND_ORDER.indexOf(prev.kind) ? t.kind : prev.kind;
      out[out.length - 1] = { ...prev, end: t.end, kind, rule: kind === prev.kind ? prev.rule : t.rule };
    } else out.push(t);
  }
  return out;
}

function clauseEnd(text: string, from: number, limit: number): number {
  const m = /[,;]/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

// A demonym names a state only beside an official noun ("Chinese President", "su homólogo mongol"),
// not in "the Japanese team" or "los vietnamitas residentes".
const OFFICIAL_NOUN = /(president|prime minister|premier|chancellor|minister|secretary|foreign|defen[cs]e|government|officials?|delegation|authorities|forces|military|army|navy|side|embassy|envoy|diplomat|counterpart|leader|ministry|state|king|emir|crown prince|ambassador|presidente|primer ministr|canciller|ministr|secretari|gobierno|autoridades|delegaci|fuerzas|ej[eé]rcito|canciller[ií]a|embajad|parte|hom[oó]log|contraparte|l[ií]der|mandatari|\bpar\b|jef[ea]|\brey\b|vicepresident|diplom[aá]tic|militar)/iu;
function isWeakDemonym(ctx: ArticleContext, c: CountryMention): boolean {
  if (c.via !== 'demonym' || ctx.lang === 'ja') return false;
  const window = ctx.lang === 'en'
    ? ctx.norm.slice(c.end, c.end + 30).split(/[,.;]/)[0].trim().split(/\s+/).slice(0, 3).join(' ')
    : ctx.norm.slice(Math.max(0, c.start - 30), c.start).split(/[,.;]/).pop()!.trim().split(/\s+/).slice(-3).join(' ');
  return !OFFICIAL_NOUN.test(window);
}

/** "in Mozambique", "en Corea del Sur", "ワシントンで", "the Japanese team": not a party. */
function isPlaceOnly(ctx: ArticleContext, c: CountryMention): boolean {
  if (isWeakDemonym(ctx, c)) return true;
  if (ctx.lang === 'ja') return /^(で|にて|において)/.test(ctx.norm.slice(c.end, c.end + 4));
  return /\b(in|en|at)\s+(the\s+)?$/i.test(ctx.norm.slice(Math.max(0, c.start - 8), c.start));
}

/** "安倍政権", "the Obama administration": a person named as a label, not as a party. */
function isAttributive(ctx: ArticleContext, p: PersonMention): boolean {
  return /^(政権|政府|時代|氏の時代|ドクトリン|\s+administration|\s+era\b)/u.test(ctx.norm.slice(p.end, p.end + 16));
}

function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('「') > before.lastIndexOf('」');
}

const VISIT_DEST: Record<Lang, { before?: RegExp; after?: RegExp }> = {
  ja: { before: /^(を|に|へ|の)?(訪問|到着|訪れ|入り)/u },
  en: { after: /(^|\b(to|in|of))\s+(the\s+)?$/i },
  es: { after: /(^|\b(a|en))\s+(la\s+|el\s+)?$/i },
};

/** A visit's parties: the place visited and the visitor ("ワシントンDCを訪問中の岸田外務大臣", "Sheikh Mohamed visited Qatar"). */
function visitParties(ctx: ArticleContext, s: Sentence, t: TriggerMention, countriesIn: CountryMention[], persons: PersonMention[]) {
  let dest: CountryMention | undefined = countriesIn.find((c) => c.start >= t.start && c.end <= t.end);
  if (!dest && ctx.lang === 'ja') dest = countriesIn.filter((c) => c.end <= t.start && t.start - c.end <= 3 && VISIT_DEST.ja.before!.test(ctx.norm.slice(c.end, t.end))).pop();
  if (!dest && ctx.lang === 'ja' && ctx.norm.slice(t.end, t.end + 2) === '先の') dest = countriesIn.find((c) => c.start >= t.end && c.start - t.end <= 4);
  if (!dest && ctx.lang !== 'ja') dest = countriesIn.find((c) => c.start >= t.end && c.start - t.end <= 40 && !/[,;.]/.test(ctx.norm.slice(t.end, c.start)) && VISIT_DEST[ctx.lang].after!.test(ctx.norm.slice(t.end, c.start)));
  if (!dest) return null;
  // "米国を訪問中の岸田文雄内閣総理大臣": the visitor is named right after the visit.
  const after = ctx.lang === 'ja' ? within(ctx.persons, t.end, s.end).find((p) => /^(中|した|する)?の$/u.test(ctx.norm.slice(t.end, p.start))) : undefined;
  if (after && after.country !== dest.code) return { countries: [{ ...dest, via: 'name' as const }], persons: [after, ...persons.filter((p) => p.country === dest!.code)] };
  const visitors = persons.filter((p) => p.country !== dest!.code);
  const hosts = persons.filter((p) => p.country === dest!.code);
  const others = within(countriesIn, s.start, t.start).filter((c) => c.code !== dest!.code && c.via !== 'capital' && !isPlaceOnly(ctx, c));
  const visitorCountries = visitors.length ? [] : others.slice(-1);
  return { countries: [{ ...dest, via: 'name' as const }, ...visitorCountries], persons: [...visitors, ...hosts] };
}

function nearestDate(all: { start: number; end: number; date: string; endDate?: string | null }[], t: TriggerMention, lang: Lang, s: Sentence) {
  // A date in brackets restates another one ("(日本時間22日午前7時)"); use it only when it is the only one.
  const open = (d: { start: number }) => { const b = s.text.slice(0, d.start - s.start); return b.lastIndexOf('(') > b.lastIndexOf(')'); };
  let dates = all.some((d) => !open(d)) ? all.filter((d) => !open(d)) : all;
  // en/es: a date after the verb but past the next comma belongs to another clause ("…, who invited him for March").
  if (lang !== 'ja') dates = dates.filter((d) => d.end <= t.start || !/[,;]/.test(s.text.slice(t.end - s.start, d.start - s.start)));
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
    const datesFit = (o: DraftEvent) => !o.dateExplicit || !e.dateExplicit || o.date === e.date;
    const same = out.find((o) => o.type === e.type && o.type === 'meeting' && sameSet(o.countries, e.countries) && (o.kind === 'call') === (e.kind === 'call') && datesFit(o));
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

/** The party named first in the event's own clause: the subject of "A met B and C". */
function hubOf(ctx: ArticleContext, e: DraftEvent): string | null {
  const [s, end] = [e.evidence[0].start, e.evidence[0].end];
  const first = [...within(ctx.persons, s, end).filter((p) => p.country && e.persons.some((q) => q.name === p.name)).map((p) => ({ at: p.start, code: p.country! })),
    ...within(ctx.countries, s, end).filter((c) => e.countries.includes(c.code) && c.via !== 'capital').map((c) => ({ at: c.start, code: c.code }))].sort((a, b) => a.at - b.at)[0];
  return first?.code ?? null;
}

function compoundOfThree(countries: CountryMention[], start: number, end: number): boolean {
  const compound = within(countries, start, end).filter((c) => c.rule === 'country.abbreviation-compound');
  for (let i = 0; i + 2 < compound.length; i++) if (compound[i + 2].start - compound[i].start <= 4) return true;
  return false;
}

/** "両首脳"/"los dos dirigentes": the first person the article names for each of the states. */
function leadingPersons(ctx: ArticleContext, countries: string[]): PersonMention[] {
  return countries.flatMap((c) => ctx.persons.find((p) => p.country === c) ?? []);
}

function splitBilaterals(e: DraftEvent, hub: string | null): DraftEvent[] {
  if (e.type !== 'meeting' || e.kind === 'multilateral' || e.countries.length < 3 || e.organizations.length) return [e];
  if (!hub) return [e];
  return e.countries.filter((c) => c !== hub).map((c) => ({
    ...e,
    countries: [hub, c].sort(),
    persons: e.persons.filter((p) => !p.country || p.country === hub || p.country === c),
    evidence: e.evidence.map((ev) => ({ ...ev, rule: `${ev.rule}+assemble.bilateral-split` })),
  }));
}

export const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
