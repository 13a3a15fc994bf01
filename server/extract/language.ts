// Language detection for articles given without --lang: franc on the text, with a script check first
// because kana settle Japanese at once and franc needs a fair amount of text for the Latin languages.
import { franc } from 'franc';
import { LANGS, type Lang } from '../domain/country/countries.js';

const FRANC_TO_LANG: Record<string, Lang> = { jpn: 'ja', spa: 'es', eng: 'en' };
const CANDIDATES = ['eng', 'spa', 'jpn', 'fra', 'deu', 'ita', 'por', 'nld', 'cat', 'glg', 'ron', 'pol', 'ces', 'swe', 'dan', 'nob', 'fin', 'hun', 'tur', 'ind', 'vie', 'tgl', 'rus', 'ukr', 'ell', 'ara', 'fas', 'heb', 'hin', 'cmn', 'kor', 'tha'];

/** The article's language, or the ISO 639-3 code franc found when it is not one Entente reads. */
export function detectLanguage(text: string): { lang: Lang } | { unsupported: string } {
  const sample = text.slice(0, 20000);
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  if (kana >= 5) return { lang: 'ja' };
  // Candidates are major written languages; near-dialects such as Scots ("sco") would otherwise win on
  // short English texts.
  const code = franc(sample, { minLength: 10, only: CANDIDATES });
  if (FRANC_TO_LANG[code]) return { lang: FRANC_TO_LANG[code] };
  if (code === 'und') {
    // Too little text for franc: fall back on the tie-breaker of Spanish letters and function words.
    const es = (sample.match(/[ñáéíóú¿¡]|\b(el|la|los|las|del|que|con|por)\b/gi) ?? []).length;
    const en = (sample.match(/\b(the|and|of|with|was|has|for)\b/gi) ?? []).length;
    if (es + en >= 2) return { lang: es > en ? 'es' : 'en' };
  }
  return { unsupported: code };
}

export const isSupportedLang = (x: string): x is Lang => (LANGS as readonly string[]).includes(x);
