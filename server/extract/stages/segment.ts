// Stage 2 — segment. Reads: norm, dropped. Adds: sentences (Intl.Segmenter, with fixes for
// abbreviations such as "D.C." and "Dr."), each flagged as headline (a short line without final
// punctuation: titles, breadcrumbs, related links) or caption (a line carrying a photo credit).
import type { ArticleContext, Sentence } from '../types.js';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

const TERMINAL = /[。．！？!?.」』"”)）]\s*$/;
// en/es: a break after one of these is not a sentence end ("Dr. Smith", "U.S. officials", "Sr. Gil").
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sr|Sra|St|Gen|Lt|Col|Gov|Sen|Rep|Jr|No|Vol|etc|Av|Dña|Lic|Ing|D\.C|U\.S|U\.K|E\.U|EE\.UU|p\.ej|approx|ca|vs|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|ene|abr|ago|dic)\.\s*$/i;

function badBreak(lang: string, before: string): boolean {
  if (lang === 'ja') return !/[。！？!?]\s*$/.test(before);
  return ABBREVIATION.test(before);
}

export function isHeadlineLike(line: string, lineIndex: number, lang: string): boolean {
  const t = line.trim();
  if (TERMINAL.test(t) && !/^[•・*-]/.test(t)) return false;
  if (lineIndex === 0) return true;
  return t.length < (lang === 'ja' ? 45 : 90) || /^[•*]/.test(t);
}

export function segment(ctx: ArticleContext): ArticleContext {
  const sentences: Sentence[] = [];
  const drops = [...ctx.dropped].sort((a, b) => a.start - b.start);
  let offset = 0;
  let lineIndex = -1;
  let titleSeen = false;
  let dropIndex = 0;
  for (const line of ctx.norm.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) continue;
    lineIndex++;
    // Keep the parts of the line that no boilerplate rule removed.
    let parts: [number, number][] = [[lineStart, lineStart + line.length]];
    while (dropIndex < drops.length && drops[dropIndex].end <= lineStart) dropIndex++;
    const lineDrops: typeof drops = [];
    for (let k = dropIndex; k < drops.length && drops[k].start <= lineStart + line.length; k++) lineDrops.push(drops[k]);
    for (const d of lineDrops) {
      parts = parts.flatMap(([s, e]): [number, number][] => (d.end <= s || d.start >= e ? [[s, e]] : [[s, Math.max(s, d.start)], [Math.min(e, d.end), e]].filter(([a, b]) => b > a) as [number, number][]));
    }
    const caption = lineDrops.some((d) => d.rule === 'normalise.photo-credit' && d.start >= lineStart && d.start <= lineStart + line.length);
    const kept = parts.some(([a, b]) => ctx.norm.slice(a, b).trim());
    // The first line that survives boilerplate removal is the title.
    const headline = isHeadlineLike(line, kept && !titleSeen ? 0 : Math.max(1, lineIndex), ctx.lang);
    if (kept) titleSeen = true;
    for (const [s, e] of parts) {
      const text = ctx.norm.slice(s, e);
      let pending: { start: number; end: number } | null = null;
      for (const seg of segmenterFor(ctx.lang).segment(text)) {
        const segStart = s + seg.index;
        const segEnd = segStart + seg.segment.length;
        if (pending && badBreak(ctx.lang, ctx.norm.slice(pending.start, pending.end))) pending.end = segEnd;
        else {
          if (pending) push(pending);
          pending = { start: segStart, end: segEnd };
        }
      }
      if (pending) push(pending);
    }
    function push(p: { start: number; end: number }) {
      let { start, end } = p;
      while (start < end && /\s/.test(ctx.norm[start])) start++;
      while (end > start && /\s/.test(ctx.norm[end - 1])) end--;
      if (end > start) sentences.push({ start, end, text: ctx.norm.slice(start, end), line: lineIndex, headline, caption });
    }
  }
  return { ...ctx, sentences };
}
