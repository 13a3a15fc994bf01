// Interface language: i18next with the catalogues in locales/*.json (data, checked for
// completeness by catalogues.test.ts); dates and numbers through Intl in the chosen language.
// The choice is remembered in localStorage and carried by the URL (lang=) through the store.
import i18next from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import ja from './locales/ja.json' with { type: 'json' };

export const LANGS = ['en', 'ja', 'es'] as const;
export type UiLang = (typeof LANGS)[number];
const STORAGE_KEY = 'entente.lang';

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, ja: { translation: ja }, es: { translation: es } },
  // Resources are bundled, so initialisation is synchronous and t() works right away.
  initAsync: false,
  interpolation: { escapeValue: false }, // dom.ts inserts text nodes; nothing is parsed as HTML
  returnNull: false,
});

export function t(key: string, options?: Record<string, unknown>): string {
  return String(i18next.t(key, options as never));
}

export function currentLang(): UiLang {
  return (i18next.language as UiLang) ?? 'en';
}

export function rememberedLang(): UiLang | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return (LANGS as readonly string[]).includes(value ?? '') ? (value as UiLang) : undefined;
  } catch {
    return undefined;
  }
}

/** Switches the catalogue, remembers the choice and re-translates the static markup. */
export function setLanguage(lang: UiLang): void {
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the URL still carries the language */
  }
  document.documentElement.lang = lang;
  translateDom(document);
}

/**
 * Static markup names its strings: data-i18n="key" sets the text, data-i18n-attr="aria-label:key;title:key"
 * sets attributes. Anything rendered from code calls t() itself.
 */
export function translateDom(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

const LOCALES: Record<UiLang, string> = { en: 'en-GB', ja: 'ja-JP', es: 'es-ES' };

/** 2024-03-25 → "25 March 2024" / "2024年3月25日" / "25 de marzo de 2024"; partial dates keep their precision. */
export function formatDate(date: string | null | undefined, lang: UiLang = currentLang()): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const value = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : m ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(value);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, lang: UiLang = currentLang()): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/** A month ("2010-06") as "Jun 2010" / "2010年6月" / "jun 2010". */
export function formatMonth(month: string, lang: UiLang = currentLang()): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, (m || 1) - 1, 1)));
}
