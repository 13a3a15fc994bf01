// Stage 3 — countries. Reads: folded, sentences. Adds: countries (every ISO name in the language from
// i18n-iso-countries and world-countries, the profile's short names, demonyms and capitals, and in
// Japanese the one-character abbreviations inside compounds such as 日米, 米中, 日米豪印 or before a
// title such as 米国務長官). Phrases listed under `ignore` (インド太平洋, Indo-Pacific) block a match.
import { createRequire } from 'node:module';
import { allCountryCodes, allCountryNames, type Lang } from '../../domain/country/countries.js';
import { PhraseDictionary } from '../dictionary.js';
import { profileOf } from '../lang/index.js';
import type { ArticleContext, CountryMention } from '../types.js';

const require = createRequire(import.meta.url);
interface WorldCountry { cca2: string; name: { common: string; official: string }; altSpellings: string[]; capital: string[]; demonyms?: { eng?: { m: string; f: string } }; translations: Record<string, { common: string; official: string }> }
const world: WorldCountry[] = require('world-countries');

type Entry = { code: string | null; via: CountryMention['via'] };
const dictionaries = new Map<Lang, PhraseDictionary<Entry>>();

function dictionaryFor(lang: Lang): PhraseDictionary<Entry> {
  const cached = dictionaries.get(lang);
  if (cached) return cached;
  const profile = profileOf(lang).countries;
  const dict = new PhraseDictionary<Entry>(true);
  for (const phrase of profile.ignore) dict.add(phrase, { code: null, via: 'name' });
  for (const [code, names] of Object.entries(profile.names)) for (const n of names) dict.add(n, { code, via: 'name' });
  for (const code of allCountryCodes()) for (const n of allCountryNames(code, lang)) dict.add(n, { code, via: 'name' });
  const translation = lang === 'ja' ? 'jpn' : lang === 'es' ? 'spa' : null;
  for (const c of world) {
    if (translation && c.translations[translation]) {
      dict.add(c.translations[translation].common, { code: c.cca2, via: 'name' });
      dict.add(c.translations[translation].official, { code: c.cca2, via: 'name' });
    }
    if (lang === 'en') {
      dict.add(c.name.common, { code: c.cca2, via: 'name' });
      dict.add(c.name.official, { code: c.cca2, via: 'name' });
      for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{Script=Latin}\s'.,-]+$/u.test(alt)) dict.add(alt, { code: c.cca2, via: 'name' });
      if (c.demonyms?.eng) for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) dict.add(d, { code: c.cca2, via: 'demonym' });
      for (const cap of c.capital ?? []) dict.add(cap, { code: c.cca2, via: 'capital' });
    }
  }
  for (const [code, names] of Object.entries(profile.demonyms)) for (const n of names) dict.add(n, { code, via: 'demonym' });
  for (const [code, names] of Object.entries(profile.places)) for (const n of names) dict.add(n, { code, via: 'capital' });
  dictionaries.set(lang, dict);
  return dict;
}

const abbreviationRules = new Map<string, { run: RegExp; single: RegExp; codes: Record<string, string> }>();
function abbreviationsFor(lang: Lang) {
  const profile = profileOf(lang).countries;
  if (!profile.abbreviations) return null;
  let rules = abbreviationRules.get(lang);
  if (!rules) {
    const chars = Object.keys(profile.abbreviations).join('');
    const safe = (profile.abbreviationSafe ?? []).join('');
    rules = {
      // 日米, 日米韓, 日・米, 米ASEAN: two or more abbreviations, or one before an organisation acronym.
      run: new RegExp(`(?<![0-9０-９何毎前翌同本先昨今明後当平休土祝曜元初])[${chars}](?:・?[${chars}])+|[${chars}](?=[A-Z]{2,})`, 'gu'),
      // 米国務長官, 訪日, 対中: one abbreviation before a title or after a verb prefix.
      single: new RegExp(`[${safe}](?=${profile.abbreviationTitles ?? '(?!)'})|(?<=${profile.abbreviationVerbs ?? '(?!)'})[${chars}]`, 'gu'),
      codes: profile.abbreviations,
    };
    abbreviationRules.set(lang, rules);
  }
  return rules;
}

export function findCountries(folded: string, lang: Lang): CountryMention[] {
  const hits = dictionaryFor(lang).find(folded);
  const blocked = hits.filter((h) => h.value.code === null);
  const found: CountryMention[] = hits
    .filter((h) => h.value.code !== null)
    .map((h) => ({ start: h.start, end: h.end, code: h.value.code!, via: h.value.via, rule: `country.${h.value.via}` }));
  const rules = abbreviationsFor(lang);
  if (rules) {
    const taken = (s: number, e: number) => [...found, ...blocked].some((f) => s < f.end && e > f.start);
    for (const re of [rules.run, rules.single]) {
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) {
        let offset = m.index!;
        let run = m[0];
        // "訪日中の" is "while visiting Japan": 中 there means "during".
        if (re === rules.run && run.endsWith('中') && /[訪来]/.test(folded[m.index! - 1] ?? '')) run = run.slice(0, -1);
        const parts: CountryMention[] = [];
        for (const ch of run) {
          const code = rules.codes[ch];
          if (code && !taken(offset, offset + 1)) parts.push({ start: offset, end: offset + 1, code, via: 'abbreviation', rule: re === rules.run ? 'country.abbreviation-compound' : 'country.abbreviation-title' });
          offset += ch.length;
        }
        // Why: in 米中間選挙 the 中 belongs to 中間選挙 (midterms), so the compound is not 米中.
        const orgAfter = /^[A-Z]{2,}/.test(folded.slice(offset));
        if (run.length === 1 && re === rules.run && !orgAfter && /[訪来]/.test(folded[m.index! - 1] ?? '')) { found.push(...parts); continue; }
        if (re === rules.single || parts.length >= 2 || (orgAfter && parts.length === 1)) found.push(...parts);
      }
    }
  }
  // "日・ベトナム首脳会談", "米・ASEAN": one abbreviation joined by ・ to a country or organisation name.
  if (rules) {
    for (const m of folded.matchAll(/(?<![\u3400-\u9fff])([\u3400-\u9fff])・(?=[\u30a0-\u30ffA-Z])/gu)) {
      const code = rules.codes[m[1]];
      const next = m.index! + 2;
      if (code && (found.some((f) => f.start === next) || /^[A-Z]{2,}/.test(folded.slice(next)))) found.push({ start: m.index!, end: m.index! + 1, code, via: 'abbreviation', rule: 'country.abbreviation-joined' });
    }
  }
  // "中国・台湾・モンゴル担当副次官補", "Director for Latin America": a portfolio, not a party.
  return found.filter((c) => !PORTFOLIO.test(folded.slice(c.end, c.end + 24))).sort((a, b) => a.start - b.start);
}
const PORTFOLIO = /^[・、,\s\u30a0-\u30ff\u3400-\u9fff]{0,20}?担当/u;

export function recogniseCountries(ctx: ArticleContext): ArticleContext {
  return { ...ctx, countries: findCountries(ctx.folded, ctx.lang) };
}
