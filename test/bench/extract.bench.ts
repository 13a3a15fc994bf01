// Throughput of extractArticle on the real seed and dev articles in ../shared (read, never copied):
// median and p95 per article after warm-up, and the same scaled to 10 KB of text.
// Run: npm run bench:extract [-- --runs 20]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../server/extract/index.js';

const shared = resolve(import.meta.dirname, '../../../shared');
const sets = [
  { articles: join(shared, 'seeds'), gold: join(shared, 'eval/gold') },
  { articles: join(shared, 'eval/dev/articles'), gold: join(shared, 'eval/dev/gold') },
];
if (!sets.some((s) => existsSync(s.gold))) {
  console.log(`bench:extract skipped: ${shared} (seed and dev articles) is absent`);
  process.exit(0);
}
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

interface Item { name: string; text: string; published: string; lang: string }
const items: Item[] = [];
for (const s of sets) {
  if (!existsSync(s.gold)) continue;
  for (const f of readdirSync(s.gold).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(s.gold, f), 'utf8'));
    const path = join(s.articles, gold.document);
    if (existsSync(path)) items.push({ name: gold.document, text: readFileSync(path, 'utf8'), published: gold.published, lang: gold.lang });
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const t0 = performance.now();
for (const it of items) extractArticle(it.text, { published: it.published, lang: it.lang });
console.log(`first pass (dictionaries compiled, cold): ${(performance.now() - t0).toFixed(0)} ms for ${items.length} articles`);
for (const it of items) extractArticle(it.text, { published: it.published, lang: it.lang }); // warm-up

const perArticle: number[] = [];
for (let r = 0; r < RUNS; r++) {
  for (const it of items) {
    const start = performance.now();
    extractArticle(it.text, { published: it.published, lang: it.lang });
    const ms = performance.now() - start;
    perArticle.push(ms);
  }
}
// 10 KB articles: each language's real articles joined until the text reaches 10 KB.
const composites = ['ja', 'es', 'en'].flatMap((lang) => {
  const parts = items.filter((i) => i.lang === lang);
  if (!parts.length) return [];
  let text = '';
  for (let k = 0; Buffer.byteLength(text) < 10240; k++) text += `${parts[k % parts.length].text}\n\n`;
  while (Buffer.byteLength(text) > 10240) text = text.slice(0, -1);
  return [{ lang, text, published: parts[0].published }];
});
const compositeTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  for (const c of composites) {
    const start = performance.now();
    extractArticle(c.text, { published: c.published, lang: c.lang });
    compositeTimes.push(performance.now() - start);
  }
}
const largest = items.reduce((a, b) => (Buffer.byteLength(b.text) > Buffer.byteLength(a.text) ? b : a));
const largestTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const start = performance.now();
  extractArticle(largest.text, { published: largest.published, lang: largest.lang });
  largestTimes.push(performance.now() - start);
}
console.log(`extractArticle over ${items.length} articles × ${RUNS} runs (one core, after warm-up):`);
console.log(`  per article: median ${pct(perArticle, 50).toFixed(1)} ms, p95 ${pct(perArticle, 95).toFixed(1)} ms`);
console.log(`  10 KB articles (${composites.map((c) => c.lang).join(', ')}; real articles joined): median ${pct(compositeTimes, 50).toFixed(1)} ms, p95 ${pct(compositeTimes, 95).toFixed(1)} ms (budget 300 ms)`);
console.log(`  largest article ${largest.name} (${(Buffer.byteLength(largest.text) / 1024).toFixed(1)} KB): median ${pct(largestTimes, 50).toFixed(1)} ms, p95 ${pct(largestTimes, 95).toFixed(1)} ms`);
