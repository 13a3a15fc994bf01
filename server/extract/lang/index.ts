// The language profiles: dictionaries loaded once per process from lang/<code>/*.json and validated.
// Adding a language: copy lang/en/, translate the JSON files, add the code to LANGUAGES below.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFile } from '../data-file.js';
import { CountriesFile, TitlesFile, TriggersFile } from './schema.js';

const here = dirname(fileURLToPath(import.meta.url));
export const LANGUAGES = ['ja', 'es', 'en'] as const;
export type ProfileLang = (typeof LANGUAGES)[number];

export interface LanguageProfile {
  lang: ProfileLang;
  countries: CountriesFile;
  triggers: TriggersFile;
  titles: TitlesFile;
}

const cache = new Map<ProfileLang, LanguageProfile>();

export function dataFilesOf(lang: ProfileLang): { countries: string; triggers: string; titles: string } {
  return { countries: join(here, lang, 'countries.json'), triggers: join(here, lang, 'triggers.json'), titles: join(here, lang, 'titles.json') };
}

export function profileOf(lang: ProfileLang): LanguageProfile {
  let p = cache.get(lang);
  if (!p) {
    const files = dataFilesOf(lang);
    p = { lang, countries: loadDataFile(files.countries, CountriesFile), triggers: loadDataFile(files.triggers, TriggersFile), titles: loadDataFile(files.titles, TitlesFile) };
    cache.set(lang, p);
  }
  return p;
}
