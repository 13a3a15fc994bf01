// Stage 5 — persons. Reads: folded, countries, organizations. Adds: persons, from three sources:
// (1) the officials gazetteer (every written form; a one-word form such as "Kerry" or "岸田" only for an
// official in office at publication or already named in full); (2) title patterns per language —
// "X外務大臣", "ロシアのX大統領", "Chinese President X", "el canciller británico X" — so an unknown
// official still gets a name, a role and, from the title's country word, a country; (3) later mentions
// of a found person's surname ("ブリンケン", "Hammond").
import type { Lang } from '../../domain/country/countries.js';
import { foldName } from '../../domain/ids.js';
import { PhraseDictionary } from '../dictionary.js';
import { allOfficials, inOffice } from '../gazetteer/index.js';
import type { Official } from '../gazetteer/schema.js';
import { profileOf } from '../lang/index.js';
import { foldAccents } from './normalise.js';
import { Occupancy } from '../occupancy.js';
import type { ArticleContext, CountryMention, PersonMention, RoleCategory } from '../types.js';

// ---- gazetteer -------------------------------------------------------------------------------------
interface Form { official: Official; single: boolean }
let gazetteer: PhraseDictionary<Form[]> | null = null;
const PARTICLES = /^(bin|ibn|al|Al|el|El|do|da|de|del|dos|van|von|der|la|di|le|Sheikh)$/;

function formsOf(o: Official): string[] {
  const forms = new Set<string>([o.name, ...o.aliases]);
  const tokens = o.name.split(/\s+/);
  // "Martin Vizcarra Cornejo" is written "Martín Vizcarra": given name + first surname.
  if (tokens.length >= 3 && !PARTICLES.test(tokens[1])) forms.add(`${tokens[0]} ${tokens[1]}`);
  return [...forms];
}
const isSingle = (form: string) => !/[\s・·]/.test(form);

function gazetteerDictionary(): PhraseDictionary<Form[]> {
  if (gazetteer) return gazetteer;
  const dict = new PhraseDictionary<Form[]>(true);
  const byForm = new Map<string, Form[]>();
  for (const o of allOfficials()) {
    for (const f of formsOf(o)) {
      const key = foldAccents(f.normalize('NFKC'));
      if (key.length < 2) continue;
      const list = byForm.get(key) ?? [];
      list.push({ official: o, single: isSingle(f) });
      byForm.set(key, list);
    }
  }
  for (const [form, list] of byForm) dict.add(form, list);
  return (gazetteer = dict);
}

function pickOfficial(forms: Form[], day: string): Form | null {
  return forms.find((f) => inOffice(f.official, day)) ?? forms.find((f) => !f.single) ?? null;
}

function fromOfficial(o: Official, start: number, end: number, written: string, rule: string): PersonMention {
  const role = o.roles[0];
  return { start, end, name: o.name, aliases: [...new Set([written, ...o.aliases])], country: o.country, role: role.role, category: role.category, rule, ...(o.organization ? { organization: o.organization } : {}) };
}

// ---- title patterns ---------------------------------------------------------------------------------
interface TitleRule { re: RegExp; role: string; category: RoleCategory; country?: string }
const titleRules = new Map<Lang, TitleRule[]>();
function titlesFor(lang: Lang): TitleRule[] {
  let rules = titleRules.get(lang);
  if (!rules) {
    const flags = lang === 'es' ? 'giu' : 'gu';
    rules = profileOf(lang).titles.titles.map((t) => ({ re: new RegExp(lang === 'ja' ? `(?:${t.pattern})` : `(?<![\\p{L}])(?:${t.pattern})(?![\\p{L}])`, flags), role: t.role, category: t.category, country: t.country }));
    titleRules.set(lang, rules);
  }
  return rules;
}

const KANJI = '\\u3400-\\u9fff';
const JA_NAME_BEFORE = new RegExp(`(?:([\\u30a0-\\u30ff]+(?:・[\\u30a0-\\u30ff]+)*)(?:\\([A-Za-z .'-]+\\))?|(?<![${KANJI}])([${KANJI}]{2,4}))$`, 'u');
const JA_NOT_NAME = /^(両|同|各|前|元|現|新|旧|副|当時|政府|首脳|外務|国防|防衛|大統領|首相|総理|中央|国際|国家|共産党|代表|報道|担当|事務|安全|保障|米側|中国側|同国|大臣|会談|次期|歴代|初代|歴史|開発|経済|財務|内務|法務|環境|産業|通商|貿易|商務|国土|総務|厚生|労働|農林|文化|教育|保健|司法|運輸|交通|観光|情報|科学|技術|国務|特命|官房|内閣|連邦|英連邦|エネルギー)|[国省府党会局部院軍庁県市州界側間氏室団課長官相務]$/;
const LATIN_NAME = /^(?:Sheikh\s+)?(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:(?:bin|ibn|al|Al|el|do|da|de|del|dos|van|von|der|la|di|le)\s+)?(?:[A-Z][\p{L}'’-]+|[A-Z]\.)){0,3}/u;
const NOT_LATIN_NAME = /^(The|A|An|In|On|At|Of|And|But|For|With|During|After|Before|This|That|His|Her|Their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|El|La|Los|Las|Un|Una|Según|Tras|En|Con|Por|Para|Del|Al|Este|Esta|Republic|República|Minister|President|Foreign|Defen[cs]e|Secretary|Prime|Chancellor|Emir|King|Crown|National|State|Executive|Director)$/u;

function countryAt(countries: CountryMention[], start: number, end: number): CountryMention | undefined {
  return countries.find((c) => c.start >= start && c.end <= end && c.via !== 'capital');
}

function titlePersons(ctx: ArticleContext): PersonMention[] {
  const found: PersonMention[] = [];
  const text = ctx.norm;
  const countriesEndingAt = new Map<number, CountryMention[]>();
  for (const c of ctx.countries) countriesEndingAt.set(c.end, [...(countriesEndingAt.get(c.end) ?? []), c]);
  const countryChars = new Occupancy<CountryMention>(text.length);
  for (const c of ctx.countries) countryChars.take(c.start, c.end, c);
  const orgChars = new Occupancy<true>(text.length);
  for (const o of ctx.organizations) orgChars.take(o.start, o.end, true);
  for (const rule of titlesFor(ctx.lang)) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const tStart = m.index!;
      const tEnd = tStart + m[0].length;
      if (ctx.lang === 'ja') {
        // Optional country right before the title (スナク英首相, ナレンドラ・モディ・インド首相).
        let cursor = tStart;
        let country: string | undefined;
        const cBefore = (countriesEndingAt.get(cursor) ?? []).slice().sort((a, b) => a.start - b.start)[0];
        if (cBefore) { country = cBefore.code; cursor = cBefore.start; if (text[cursor - 1] === '・') cursor--; }
        const nm = JA_NAME_BEFORE.exec(text.slice(Math.max(0, cursor - 30), cursor));
        if (!nm) continue;
        const written = nm[1] ?? nm[2];
        const nStart = cursor - nm[0].length;
        if (countryChars.at(nStart, nStart + written.length) && !nm[1]) continue;
        if (orgChars.at(nStart, nStart + written.length)) continue;
        if (JA_NOT_NAME.test(written) || written.length < 2) continue;
        if (rule.role === '' && nm[2] && written.length > 4) continue;
        // "ロシアのプーチン大統領": the country written before の.
        if (!country) {
          const pre = text[nStart - 1] === 'の' ? countriesEndingAt.get(nStart - 1)?.[0] : undefined;
          if (pre && pre.via !== 'capital') country = pre.code;
        }
        found.push({ start: nStart, end: tEnd, name: written, aliases: [written], country: country ?? rule.country ?? null, role: rule.role || null, category: rule.role ? rule.category : null, rule: 'person.title-ja' });
      } else {
        // en: "[Chinese|Qatar's] President [of China,] NAME"; es: "el presidente [chino|de China][,] NAME".
        let cursor = tEnd;
        let country: string | undefined;
        const before = [tStart, tStart - 1, tStart - 2, tStart - 3].flatMap((e) => countriesEndingAt.get(e) ?? []).find((c) => /^('s)?\s*$/.test(text.slice(c.end, tStart)));
        if (before && before.via !== 'capital') country = before.code;
        const tail = text.slice(cursor, cursor + 80);
        const qual = /^(?:\s+(?:of|for|de|del|de la)\s+(?:the\s+)?([A-Z][\p{L}.-]+(?:[\s-][A-Z][\p{L}.-]+)*)|\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?)?\s*,?\s*/u.exec(tail);
        if (qual) {
          const qStart = cursor;
          cursor += qual[0].length;
          const c = countryChars.at(qStart, cursor);
          if (c && !country) country = c.code;
        }
        const nm = LATIN_NAME.exec(text.slice(cursor, cursor + 80));
        if (!nm || text.slice(tEnd, cursor + nm[0].length).includes('\n')) continue;
        const firstWord = nm[0].split(/\s+/)[0];
        if (NOT_LATIN_NAME.test(firstWord)) continue;
        let written = nm[0];
        // Drop trailing tokens that are countries ("Nicolás Maduro" ok, "Trudeau Canada" no).
        const nStart = cursor;
        if (countryChars.at(nStart, nStart + 1) || orgChars.at(nStart, nStart + 1)) continue;
        const cut = countryChars.at(nStart + 1, nStart + written.length);
        if (cut) written = text.slice(nStart, cut.start).trim();
        if (!written || NOT_LATIN_NAME.test(written)) continue;
        found.push({ start: tStart, end: nStart + written.length, name: written, aliases: [written], country: country ?? rule.country ?? null, role: rule.role, category: rule.category, rule: `person.title-${ctx.lang}` });
      }
    }
  }
  if (ctx.lang === 'ja') {
    for (const m of text.matchAll(/(?<![\u30a0-\u30ff])[\u30a0-\u30ff]+(?:・[\u30a0-\u30ff]+)+(?=[\u3400-\u9fff])/gu)) {
      const end = m.index! + m[0].length;
      const c = ctx.countries.find((x) => x.start === end && x.via !== 'capital');
      if (!c || found.some((f) => f.start <= m.index! && f.end >= end)) continue;
      const title = /^[\u3400-\u9fff・]{0,16}?(大臣|長官|大統領|首相|外相|国防相|主席|議長|大使)/u.exec(text.slice(c.end, c.end + 20));
      const rule = title ? titlesFor('ja').find((r) => new RegExp(`^(?:${r.re.source})$`, 'u').test(title[1])) : undefined;
      found.push({ start: m.index!, end: title ? c.end + title[0].length : c.end, name: m[0], aliases: [m[0]], country: c.code, role: title ? title[0].replace(/^・/, '') : null, category: rule?.category ?? (title ? 'other' : null), rule: 'person.name-country-ja' });
    }
  }
  return found;
}

// ---- assembling ------------------------------------------------------------------------------------
function surnameOf(name: string, lang: Lang): string | null {
  if (/[\u30a0-\u30ff]/.test(name)) {
    const parts = name.split('・');
    return parts.length > 1 ? parts[parts.length - 1] : null;
  }
  if (/^[\u3400-\u9fff]{3,4}$/.test(name)) return name.slice(0, name.length === 4 ? 2 : 1);
  if (/^[\u3400-\u9fff]{2}$/.test(name)) return name.slice(0, 1);
  if (lang === 'ja') return null;
  const tokens = name.split(/\s+/);
  if (tokens.length < 2) return null;
  if (tokens[0] === 'Sheikh') return null;
  return tokens[tokens.length - 1];
}

export function recognisePersons(ctx: ArticleContext): ArticleContext {
  const day = ctx.published;
  const fullNames = new Set<string>();
  const gazetteerHits = gazetteerDictionary().find(ctx.folded);
  const mentions: PersonMention[] = [];
  for (const h of gazetteerHits) {
    const pick = pickOfficial(h.value, day);
    if (!pick) continue;
    if (!pick.single) fullNames.add(pick.official.name);
    mentions.push(fromOfficial(pick.official, h.start, h.end, ctx.norm.slice(h.start, h.end), pick.single ? 'person.gazetteer-surname' : 'person.gazetteer'));
  }
  // Single-word forms of officials out of office at publication count only after a full mention.
  const kept = mentions.filter((m) => m.rule !== 'person.gazetteer-surname' || fullNames.has(m.name) || inOfficeByName(m.name, day));
  const titled = titlePersons(ctx);
  const taken = new Occupancy<PersonMention>(ctx.norm.length);
  for (const k of kept) taken.take(k.start, k.end, k);
  const byName = new Map<string, PersonMention>();
  for (const k of kept) if (!byName.has(fold(k.name))) byName.set(fold(k.name), k);
  for (const t of titled) {
    const overlap = taken.at(t.start, t.end);
    if (overlap) {
      // The gazetteer knows the person; the title adds the role as written.
      overlap.start = Math.min(overlap.start, t.start);
      overlap.end = Math.max(overlap.end, t.end);
      if (!overlap.country && t.country) overlap.country = t.country;
      taken.take(overlap.start, overlap.end, overlap);
      continue;
    }
    const known = byName.get(fold(t.name));
    const mention = known ? { ...known, start: t.start, end: t.end, rule: t.rule, country: known.country ?? t.country } : t;
    kept.push(mention);
    taken.take(mention.start, mention.end, mention);
    if (!known) byName.set(fold(t.name), t);
  }
  linkPartialNames(kept, day);
  // Later mentions by surname alone.
  const bySurname = new Map<string, PersonMention>();
  for (const p of kept) {
    const s = surnameOf(p.aliases[0] ?? p.name, ctx.lang);
    if (s && s.length >= 2 && !bySurname.has(s)) bySurname.set(s, p);
    for (const a of p.aliases) if (a.length >= 3 && !bySurname.has(a)) bySurname.set(a, p);
  }
  if (bySurname.size) {
    const dict = new PhraseDictionary<PersonMention>(true);
    for (const [s, p] of bySurname) dict.add(s, p);
    const countryAtChar = new Occupancy<true>(ctx.norm.length);
    for (const c of ctx.countries) countryAtChar.take(c.start, c.end, true);
    for (const h of dict.find(ctx.folded)) {
      if (taken.at(h.start, h.end) || countryAtChar.at(h.start, h.end)) continue;
      const m = { ...h.value, start: h.start, end: h.end, rule: 'person.surname' };
      kept.push(m);
      taken.take(h.start, h.end, m);
    }
  }
  // One-kanji surnames (董国防部長) resolve against full kanji names already found.
  if (ctx.lang === 'ja') {
    for (const rule of titlesFor('ja')) {
      rule.re.lastIndex = 0;
      for (const m of ctx.norm.matchAll(rule.re)) {
        const ch = ctx.norm[m.index! - 1];
        if (!ch || !/[\u3400-\u9fff]/.test(ch) || /[\u3400-\u9fff]/.test(ctx.norm[m.index! - 2] ?? '')) continue;
        const p = kept.find((k) => /^[\u3400-\u9fff]{2,3}$/.test(k.aliases[0] ?? '') && k.aliases[0][0] === ch);
        if (p && !taken.at(m.index! - 1, m.index! + m[0].length)) {
          const mention = { ...p, start: m.index! - 1, end: m.index! + m[0].length, rule: 'person.surname-title' };
          kept.push(mention);
          taken.take(mention.start, mention.end, mention);
        }
      }
    }
  }
  kept.push(...bareTitles(ctx, kept, taken));
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the outermost mention where two overlap in nesting.
  const persons: PersonMention[] = [];
  let reach = -1;
  for (const p of kept) {
    if (p.end <= reach) continue;
    persons.push(p);
    reach = p.end;
  }
  return { ...ctx, persons };
}

const folds = new Map<string, string>();
function fold(name: string): string {
  let f = folds.get(name);
  if (f === undefined) folds.set(name, (f = foldName(name)));
  return f;
}

function inOfficeByName(name: string, day: string): boolean {
  return allOfficials().some((o) => o.name === name && inOffice(o, day));
}

// ---- partial names and bare titles -------------------------------------------------------------------
let tokenIndex: Map<string, Official[]> | null = null;
const tokensOf = (s: string) => foldName(s).split(/\s+/).filter(Boolean);
function officialsByToken(): Map<string, Official[]> {
  if (tokenIndex) return tokenIndex;
  tokenIndex = new Map();
  for (const o of allOfficials()) {
    for (const f of formsOf(o)) for (const t of new Set(tokensOf(f))) {
      const list = tokenIndex.get(t) ?? [];
      if (!list.includes(o)) list.push(o);
      tokenIndex.set(t, list);
    }
  }
  return tokenIndex;
}

/**
 * A titled name the gazetteer does not list in full ("President Sheikh Mohamed", "岸田外務大臣" in 2014):
 * link it when exactly one official has a written form containing all its words, preferring officials in
 * office at publication with the same kind of role.
 */
function linkPartialNames(kept: PersonMention[], day: string) {
  for (const p of kept) {
    if (p.country || !p.rule.startsWith('person.title')) continue;
    // "クレバリー大臣" after "ジェームズ・クレバリー英国…大臣": the same person, by surname.
    const named = kept.find((k) => k !== p && k.country && (k.name.split(/[\s・]/).pop() === p.name || k.aliases.some((a) => a.split(/[\s・]/).pop() === p.name)));
    if (named) {
      Object.assign(p, { name: named.name, aliases: [...new Set([...named.aliases, p.name])], country: named.country, role: p.role ?? named.role, category: p.category ?? named.category });
      continue;
    }
    const words = tokensOf(p.name);
    if (!words.length) continue;
    let candidates = officialsByToken().get(words[0]) ?? [];
    candidates = candidates.filter((o) => formsOf(o).some((f) => { const ft = tokensOf(f); return words.every((w) => ft.includes(w)); }));
    const exact = candidates.filter((o) => formsOf(o).some((f) => foldName(f) === foldName(p.name)));
    const current = candidates.filter((o) => inOffice(o, day) && (!p.category || o.roles.some((r) => r.category === p.category)));
    const pick = exact.length && new Set(exact.map((o) => o.country)).size === 1 ? exact[0] : current.length === 1 ? current[0] : null;
    if (!pick) continue;
    p.country = pick.country;
    if (!p.aliases.includes(pick.name)) p.aliases.push(pick.name);
    p.name = pick.name;
  }
}

/** "The President", "el mandatario guineano", "国務長官は": the latest person named with that kind of title. */
function bareTitles(ctx: ArticleContext, kept: PersonMention[], taken: Occupancy<PersonMention>): PersonMention[] {
  const out: PersonMention[] = [];
  for (const rule of titlesFor(ctx.lang)) {
    if (rule.category === 'other' || rule.category === 'security') continue;
    rule.re.lastIndex = 0;
    for (const m of ctx.norm.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.at(start, end)) continue;
      if (ctx.lang === 'ja' ? /[\u30a0-\u30ff\u3400-\u9fff]/u.test(ctx.norm[start - 1] ?? '') : /^,?\s*(of\s+)?[A-Z]/.test(ctx.norm.slice(end, end + 4)) && !/^\s+(of|de)\s/.test(ctx.norm.slice(end, end + 5))) continue;
      const near = ctx.countries.find((c) => (c.end <= start && start - c.end <= 2) || (c.start >= end && c.start - end <= 2));
      const country = near?.code ?? rule.country;
      const previous = kept.filter((k) => k.end <= start && k.category === rule.category && (!country || k.country === country)).pop();
      if (!previous) continue;
      const mention = { ...previous, start, end, rule: 'person.title-coreference' };
      out.push(mention);
      taken.take(start, end, mention);
    }
  }
  return out;
}
