// A compiled phrase dictionary: one alternation regex (longest phrase first) over a text, with script-aware
// boundaries: Latin phrases need non-letter neighbours; katakana phrases must not run into more katakana
// ("マリ" is not in "マリオ"); kanji phrases match anywhere (Japanese has no spaces).
import { foldAccents } from './stages/normalise.js';

export interface Hit<T> { start: number; end: number; value: T; phrase: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KATAKANA = /[\u30a0-\u30ff]/;
const WORD = /[\p{L}\p{N}]/u;

export class PhraseDictionary<T> {
  private regex: RegExp | null = null;
  private readonly byPhrase = new Map<string, T>();

  constructor(private readonly caseSensitive = true) {}

  add(phrase: string, value: T): void {
    const key = this.key(foldAccents(phrase.normalize('NFKC')).trim());
    if (key.length < 2 || this.byPhrase.has(key)) return;
    this.byPhrase.set(key, value);
    this.regex = null;
  }

  private key(s: string) {
    return this.caseSensitive ? s : s.toLowerCase();
  }

  get size(): number {
    return this.byPhrase.size;
  }

  /** Matches against `folded` (accent-free, same offsets as the normalised text). */
  find(folded: string, from = 0, to = folded.length): Hit<T>[] {
    if (!this.regex) {
      const phrases = [...this.byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape);
      this.regex = new RegExp(phrases.join('|') || '(?!)', this.caseSensitive ? 'gu' : 'giu');
    }
    const hits: Hit<T>[] = [];
    const re = this.regex;
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded)) && m.index < to) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > to) break;
      const before = folded[start - 1] ?? ' ';
      const after = folded[end] ?? ' ';
      const first = m[0][0];
      const last = m[0][m[0].length - 1];
      let ok = true;
      if (WORD.test(first) && /[A-Za-z0-9]/.test(first) && WORD.test(before) && !KATAKANA.test(before) && !/[\u3040-\u9fff]/.test(before)) ok = false;
      if (/[A-Za-z0-9]/.test(last) && WORD.test(after) && !/[\u3040-\u9fff]/.test(after)) ok = false;
      if (KATAKANA.test(first) && KATAKANA.test(before) && before !== '・') ok = false;
      if (KATAKANA.test(last) && KATAKANA.test(after) && after !== '・') ok = false;
      if (ok) hits.push({ start, end, value: this.byPhrase.get(this.key(m[0]))!, phrase: m[0] });
      else {
        re.lastIndex = start + 1;
        continue;
      }
    }
    return hits;
  }
}
