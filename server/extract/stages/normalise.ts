// Stage 1 — normalise. Reads: original. Adds: norm (NFKC per character), toOriginal (offset map),
// folded (accent-free, same length), dropped (boilerplate ranges: captions' credits, image file names,
// repeated paragraphs, navigation lines, and everything after a "related articles"/ranking block).
import type { ArticleContext, Finding } from '../types.js';

/** Per-character NFKC keeps a 1:n map from normalised to original offsets. */
export function normaliseText(original: string): { norm: string; toOriginal: number[] } {
  const pieces: string[] = [];
  const toOriginal: number[] = [];
  let i = 0;
  for (const ch of original) {
    const code = ch.charCodeAt(0);
    if (code < 0x80 && code !== 13) {
      // ASCII is already normal; skipping normalize() keeps long articles fast.
      pieces.push(ch);
      toOriginal.push(i);
      i += 1;
      continue;
    }
    // Why: NFKC folds full-width digits/Latin and half-width katakana so one dictionary serves all forms.
    let out = ch.normalize('NFKC');
    if (ch === '\u3000') out = ' ';
    if (ch === '\r') out = '';
    for (let k = 0; k < out.length; k++) toOriginal.push(i);
    pieces.push(out);
    i += ch.length;
  }
  toOriginal.push(original.length);
  return { norm: pieces.join(''), toOriginal };
}

/** Same-length accent-free copy: each UTF-16 unit maps to one unit. */
export function foldAccents(text: string): string {
  // Only letters with marks change; everything else is copied as is.
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (ch) => ch.normalize('NFD')[0]);
}

// Lines that are page furniture (ja/es/en). Each was seen on real news pages.
const NAVIGATION = [
  /スキップ/, /へ戻る$/, /^(トピック|コメント\d*|トラックバック|動画|シェア|ツイート)$/, /^Click (here|acá|aquí)/i, /^Skip to/i,
  /^En Vivo$/i, /banned from the site/i, /^(Comparte|Compartir) esta noticia/i, /^Con Información de/i, /^(Share|Tweet|Advertisement)$/i,
  /^(FOTOS|VIDEO|TEMAS ESPECIALES)\s*>>/i, /^Updated:/i, /^Lectura:/i, /^In \w+, .* by \S+$/,
  /editor@|\/\/=|the_author_meta/, /^https?:\/\//, /^Share this/i, /^[^.!?。]{0,60}\s[>›»]\s[^.!?。]{0,60}$/,
];
// A line that opens the end-of-page block: related links, rankings, subscriptions, references.
const END_OF_ARTICLE = [
  /^\[?ニュース\]?\s*ランキング/, /^ランキング$/, /^こんな記事も/, /^おすすめ/, /^関連記事/, /^話題$/, /^【引用・参照・底本】/,
  /^Noticias Relacionadas/i, /^Related( articles| news| stories| content| links| posts|:)/i, /^(More|Latest) (news|stories)$/i, /^Read (more|also)/i, /^More from/i, /^Let’s get started/i, /^Let's get started/i,
  /^Te puede interesar/i, /^Lee también/i,
];
const IMAGE_FILE = /\.(jpe?g|png|gif|webp)\s*$/i;
// Why: "…とも会談した。写真:外務省" carries a real event before the credit, so only the credit is dropped.
const CREDIT = /(写真(提供)?\s*[:：]|\(写真提供|\[Photo:|Photo:|Foto:|\(Foto|Cortesía\.?$)/;

export function normalise(ctx: ArticleContext): ArticleContext {
  const { norm, toOriginal } = normaliseText(ctx.original);
  const dropped: Finding[] = [];
  const seen = new Set<string>();
  let offset = 0;
  let ended = false;
  for (const line of norm.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const key = trimmed.replace(/\s+/g, ' ');
    if (ended) { dropped.push({ start, end, rule: 'normalise.end-of-article' }); continue; }
    if (END_OF_ARTICLE.some((re) => re.test(trimmed))) { ended = true; dropped.push({ start, end, rule: 'normalise.end-of-article' }); continue; }
    if (IMAGE_FILE.test(trimmed)) { dropped.push({ start, end, rule: 'normalise.image-file' }); continue; }
    if (NAVIGATION.some((re) => re.test(trimmed))) { dropped.push({ start, end, rule: 'normalise.navigation' }); continue; }
    if (seen.has(key) && key.length > 3) { dropped.push({ start, end, rule: 'normalise.repeated-paragraph' }); continue; }
    seen.add(key);
    const credit = CREDIT.exec(line);
    if (credit) dropped.push({ start: start + credit.index, end, rule: 'normalise.photo-credit' });
  }
  return { ...ctx, norm, toOriginal, folded: foldAccents(norm), dropped };
}
