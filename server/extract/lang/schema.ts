// Schemas of the per-language dictionaries in lang/<code>/*.json.
import { z } from 'zod';
import { CountryCode } from '../../domain/country/countries.js';
import { compiles } from '../data-file.js';

const Pattern = z.string().min(1).refine(compiles, { message: 'is not a valid regular expression' });
const CodeMap = z.record(CountryCode, z.array(z.string().min(1)));

export const CountriesFile = z.object({
  about: z.string(),
  names: CodeMap,
  demonyms: CodeMap,
  places: CodeMap,
  abbreviations: z.record(z.string().length(1), CountryCode).optional(),
  abbreviationSafe: z.array(z.string().length(1)).optional(),
  abbreviationTitles: Pattern.optional(),
  abbreviationVerbs: Pattern.optional(),
  ignore: z.array(z.string().min(1)),
});
export type CountriesFile = z.infer<typeof CountriesFile>;

export const MEETING_KIND = z.enum(['summit', 'ministerial', 'defense', 'talks', 'call', 'visit', 'multilateral']);
export const PACT_KIND = z.enum(['defense', 'alliance', 'partnership', 'trade', 'agreement', 'treaty', 'mou']);

export const TriggersFile = z.object({
  about: z.string(),
  meeting: z.array(z.object({ pattern: Pattern, kind: MEETING_KIND })).min(1),
  pact: z.array(z.object({ pattern: Pattern, kind: PACT_KIND })).min(1),
  status: z.object({ signed: Pattern, established: Pattern, agreed: Pattern, negotiating: Pattern }),
  planned: Pattern,
  coreference: Pattern,
  multilateral: Pattern,
  hypothetical: Pattern,
  negation: Pattern,
});
export type TriggersFile = z.infer<typeof TriggersFile>;

export const ROLE_CATEGORY = z.enum(['head', 'foreign', 'defense', 'security', 'other']);
export const TitlesFile = z.object({
  about: z.string(),
  titles: z.array(z.object({ pattern: Pattern, role: z.string(), category: ROLE_CATEGORY, country: CountryCode.optional() })).min(1),
});
export type TitlesFile = z.infer<typeof TitlesFile>;
