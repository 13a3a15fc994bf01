// Public entry of the extractor: extractArticle turns one article into an interchange document
// (one document, its persons, and its meetings and pacts with evidence offsets into the text).
import { documentIdOf, foldName } from '../domain/ids.js';
import { DayDate, partialDateProblem } from '../domain/dates/partial-date.js';
import { isCountryCode, type Lang } from '../domain/country/countries.js';
import { organizationInfo } from '../domain/organization/registry.js';
import { Interchange } from '../domain/interchange/schema.js';
import { ExtractError, MAX_TEXT_CHARS } from './errors.js';
import { detectLanguage, isSupportedLang } from './language.js';
import { runPipeline } from './pipeline.js';
import type { ArticleContext, DraftEvent, Finding, PersonMention, Warning } from './types.js';

export { ExtractError } from './errors.js';

export interface ExtractOptions {
  published: string;
  lang?: Lang | string;
  title?: string;
  source?: string | { name: string; url?: string | null };
}

const KIND_LABEL: Record<string, string> = { summit: 'Summit', ministerial: 'Ministerial meeting', defense: 'Defence talks', talks: 'Talks', call: 'Phone call', visit: 'Visit', multilateral: 'Multilateral meeting' };
const PACT_LABEL: Record<string, string> = { defense: 'Defence pact', alliance: 'Alliance', partnership: 'Partnership', trade: 'Trade agreement', agreement: 'Agreement', treaty: 'Treaty', mou: 'Memorandum of understanding' };

export function extractArticle(text: string, options: ExtractOptions): Interchange {
  if (typeof text !== 'string' || !text.trim()) throw new ExtractError('empty-text', 'the article text is empty');
  if (text.length > MAX_TEXT_CHARS) throw new ExtractError('too-large', `the article has ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  if (/\u0000/.test(text)) throw new ExtractError('binary-input', 'the article contains NUL characters; it looks like a binary file, not text');
  const published = DayDate.safeParse(options.published);
  if (!published.success) throw new ExtractError('bad-published-date', `published must be a calendar date YYYY-MM-DD, got "${options.published}"`);
  const warnings: Warning[] = [];
  let lang: Lang;
  if (options.lang !== undefined) {
    if (!isSupportedLang(options.lang)) throw new ExtractError('unsupported-language', `language "${options.lang}" is not supported (use ja, es or en)`);
    lang = options.lang;
  } else {
    const found = detectLanguage(text);
    if ('unsupported' in found) throw new ExtractError('unsupported-language', `the article's language (${found.unsupported === 'und' ? 'undetermined' : found.unsupported}) is not one of ja, es, en; pass --lang to override`);
    lang = found.lang;
  }
  const start: ArticleContext = {
    original: text, lang, published: published.data, norm: '', toOriginal: [], folded: '', dropped: [], sentences: [], countries: [], organizations: [],
    persons: [], triggers: [], dates: [], anchor: published.data, events: [], warnings,
  };
  const ctx = runPipeline(start);
  return toInterchange(ctx, options);
}

function toInterchange(ctx: ArticleContext, options: ExtractOptions): Interchange {
  const documentId = documentIdOf(ctx.original);
  const span = (f: { start: number; end: number }) => {
    const start = ctx.toOriginal[f.start] ?? 0;
    const end = f.end > f.start ? (ctx.toOriginal[f.end - 1] ?? ctx.original.length - 1) + 1 : start;
    return { start, end: Math.min(end, ctx.original.length) };
  };
  const evidenceOf = (list: Finding[]) => {
    const seen = new Set<string>();
    return list.flatMap((f) => {
      const s = span(f);
      const key = `${s.start}:${f.rule}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ documentId, start: s.start, end: s.end, quote: ctx.original.slice(s.start, s.end).slice(0, 5000), rule: f.rule }];
    });
  };
  // Last guard before the schema: only codes the domain knows, only real calendar dates.
  const country = (c: string | null | undefined) => (c && isCountryCode(c) ? c : null);
  const participantsOf = (e: DraftEvent) => [
    ...e.countries.filter((c) => country(c)).map((code) => ({ type: 'country' as const, code })),
    ...e.organizations.filter((o) => organizationInfo(o)).map((code) => ({ type: 'organization' as const, code })),
    ...e.persons.map((p) => ({ type: 'person' as const, name: p.name.slice(0, 300), country: country(p.country), role: p.role ? p.role.slice(0, 200) : null })),
  ];
  const realDate = (d: string | null) => (d && !partialDateProblem(d) ? d : null);
  const events = ctx.events.map((raw) => {
    const e = { ...raw, date: realDate(raw.date), endDate: realDate(raw.endDate), place: country(raw.place) };
    const endDate = e.endDate && e.date && e.endDate >= e.date ? e.endDate : null;
    const title = `${e.type === 'meeting' ? KIND_LABEL[e.kind] : PACT_LABEL[e.kind]}: ${[...e.countries, ...e.organizations].join('–')}`;
    if (e.type === 'meeting') {
      return { type: 'meeting' as const, kind: e.kind, status: e.status, title, date: e.date, endDate, participants: participantsOf(e), evidence: evidenceOf(e.evidence), place: e.place, placeName: e.placeName };
    }
    return { type: 'pact' as const, kind: e.kind, status: e.status, title, date: e.date, endDate, participants: participantsOf(e), evidence: evidenceOf(e.evidence), names: [...new Set(e.names)] };
  });
  if (!events.length) ctx.warnings.push({ code: 'no-events', message: 'no meeting or pact was found in the article' });
  const title = (options.title ?? ctx.original.split(/\r?\n/).find((l) => l.trim()) ?? '').trim().slice(0, 1000);
  const source = typeof options.source === 'string' ? { name: options.source } : options.source ?? { name: '' };
  return Interchange.parse({
    documents: [{ id: documentId, title, lang: ctx.lang, published: ctx.published, source, text: ctx.original }],
    entities: { persons: personsOf(ctx.persons), organizations: [...new Set(ctx.events.flatMap((e) => e.organizations))].flatMap((code) => organizationInfo(code) ?? []) },
    events,
    warnings: ctx.warnings.map((w) => (w.start !== undefined && w.end !== undefined ? { ...w, ...span({ start: w.start, end: w.end }) } : w)),
  });
}

function personsOf(mentions: PersonMention[]) {
  const byKey = new Map<string, { name: string; aliases: string[]; country: string | null; affiliations: { country: string; role: string }[] }>();
  for (const p of mentions) {
    const key = `${p.country ?? ''}|${foldName(p.name)}`;
    const code = p.country && isCountryCode(p.country) ? p.country : null;
    const entry = byKey.get(key) ?? { name: p.name.slice(0, 300), aliases: [], country: code, affiliations: [] };
    for (const a of p.aliases) if (a !== entry.name && a.length <= 300 && !entry.aliases.includes(a)) entry.aliases.push(a);
    if (code && p.role && !entry.affiliations.some((a) => a.role === p.role)) entry.affiliations.push({ country: code, role: p.role.slice(0, 200) });
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
