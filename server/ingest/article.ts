// One step from article text to the graph: extract, then load (or only extract, for review). The
// caller chooses where extraction runs: in process (the CLI) or on the extraction thread (the
// server, see extract-thread.ts).
import type { ExtractOptions } from '../extract/index.js';
import type { Interchange } from '../domain/interchange/schema.js';
import type { GraphStore } from '../store/graph-store.js';
import { loadInterchange, type LoadReport } from './load.js';

export interface ArticleInput { text: string; published: string; lang?: string; title?: string; sourceName?: string; sourceUrl?: string; dryRun?: boolean }

export type Extract = (text: string, options: ExtractOptions) => Interchange | Promise<Interchange>;

export async function ingestArticle(store: GraphStore, input: ArticleInput, extract: Extract): Promise<{ extracted: Interchange; report: LoadReport | null }> {
  const extracted = await extract(input.text, {
    published: input.published,
    lang: input.lang as 'en' | 'ja' | 'es' | undefined,
    title: input.title,
    source: input.sourceName || input.sourceUrl ? { name: input.sourceName ?? '', url: input.sourceUrl ?? null } : undefined,
  });
  if (input.dryRun) return { extracted, report: null };
  return { extracted, report: await loadInterchange(store, extracted, { source: input.title ?? 'article' }) };
}
