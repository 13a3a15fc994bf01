// Stage 4 — organisations. Reads: folded. Adds: organizations (names per language and aliases from
// server/domain/organization/organizations.json through its registry).
import type { Lang } from '../../domain/country/countries.js';
import { allOrganizations } from '../../domain/organization/registry.js';
import { PhraseDictionary } from '../dictionary.js';
import type { ArticleContext, OrganizationMention } from '../types.js';

const dictionaries = new Map<Lang, PhraseDictionary<string>>();
function dictionaryFor(lang: Lang) {
  let dict = dictionaries.get(lang);
  if (!dict) {
    dict = new PhraseDictionary<string>(true);
    for (const o of allOrganizations()) {
      const own = o.names[lang];
      if (own) dict.add(own, o.code);
      dict.add(o.names.en, o.code);
      for (const a of o.aliases) dict.add(a, o.code);
      dict.add(o.code, o.code);
    }
    dictionaries.set(lang, dict);
  }
  return dict;
}

export function findOrganizations(folded: string, lang: Lang): OrganizationMention[] {
  return dictionaryFor(lang).find(folded).map((h) => ({ start: h.start, end: h.end, code: h.value, rule: 'organization.name' }));
}

export function recogniseOrganizations(ctx: ArticleContext): ArticleContext {
  return { ...ctx, organizations: findOrganizations(ctx.folded, ctx.lang) };
}
