// Countries come from i18n-iso-countries (ISO 3166-1 alpha-2 with names in many languages)
// and world-countries (region, centroid); nothing here is a hand-made list.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { z } from 'zod';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ja.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

interface WorldCountry { cca2: string; region: string; subregion: string; latlng: [number, number]; name: { common: string }; translations: Record<string, { common: string }> }
const world: WorldCountry[] = require('world-countries');
const worldByCode = new Map(world.map((c) => [c.cca2, c]));

export const LANGS = ['en', 'ja', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const Lang = z.enum(LANGS);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code in capitals, such as "JP"')
  .superRefine((code, ctx) => {
    if (/^[A-Z]{2}$/.test(code) && !isCountryCode(code)) ctx.addIssue({ code: 'custom', message: `"${code}" is not an ISO 3166-1 alpha-2 country code` });
  })
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['JP', 'US', 'VN'] });
export type CountryCode = z.infer<typeof CountryCode>;

export type CountryNames = Record<Lang, string>;

/** Display names: the common short form from world-countries ("South Korea", "韓国", "Corea del
 * Sur"), falling back to i18n-iso-countries' official name. */
export function countryNames(code: string): CountryNames {
  const w = worldByCode.get(code);
  const official = (lang: Lang) => countries.getName(code, lang, { select: 'official' }) ?? code;
  return {
    en: w?.name.common ?? official('en'),
    ja: w?.translations.jpn?.common ?? official('ja'),
    es: w?.translations.spa?.common ?? official('es'),
  };
}

/** Every name the package knows for a country in one language (official and alternatives). */
export function allCountryNames(code: string, lang: Lang): string[] {
  const names = countries.getName(code, lang, { select: 'all' });
  return Array.isArray(names) ? names : names ? [names] : [];
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}

export function alpha3ToAlpha2(code: string): string | undefined {
  return countries.alpha3ToAlpha2(code) || undefined;
}

export interface CountryGeo { region: string; subregion: string; lat: number; lon: number }
export function countryGeo(code: string): CountryGeo | undefined {
  const c = worldByCode.get(code);
  if (!c) return undefined;
  return { region: c.region, subregion: c.subregion, lat: c.latlng[0], lon: c.latlng[1] };
}
