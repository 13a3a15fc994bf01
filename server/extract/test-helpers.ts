// Builds an article context for stage tests from a sentence written for the test.
import { normalise } from './stages/normalise.js';
import { segment } from './stages/segment.js';
import type { ArticleContext } from './types.js';
import type { Lang } from '../domain/country/countries.js';

export function contextOf(text: string, lang: Lang, published = '2024-05-20'): ArticleContext {
  const base: ArticleContext = {
    original: text, lang, published, norm: '', toOriginal: [], folded: '', dropped: [], sentences: [], countries: [], organizations: [],
    persons: [], triggers: [], dates: [], anchor: published, events: [], warnings: [],
  };
  return segment(normalise(base));
}
