import { afterAll, describe, expect, it } from '@jest/globals';
import { ExtractError, extractArticle } from '../extract/index.js';
import { ARTICLES } from '../../test/reliability/articles.fixtures.js';
import { extractInWorker, stopExtractThread } from './extract-thread.js';

afterAll(() => stopExtractThread());

describe('extraction thread', () => {
  it('gives what extractArticle gives in process, for several articles at once', async () => {
    const options = (a: (typeof ARTICLES)[number]) => ({ published: a.published, lang: a.lang, title: a.title });
    const threaded = await Promise.all(ARTICLES.map((a) => extractInWorker(a.text, options(a))));
    expect(threaded).toEqual(ARTICLES.map((a) => extractArticle(a.text, options(a))));
    expect(threaded.some((x) => x.events.length > 0)).toBe(true);
  }, 60_000);

  it('passes extraction errors back as ExtractError with their code', async () => {
    const err = await extractInWorker('Un texto.', { published: '2025-02-30' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('bad-published-date');
    expect((err as ExtractError).message).toMatch(/2025-02-30/);
  }, 60_000);

  it('starts a new thread after the old one is gone', async () => {
    await stopExtractThread();
    const a = ARTICLES[0];
    const again = await extractInWorker(a.text, { published: a.published, lang: a.lang });
    expect(again.documents[0].text).toBe(a.text);
  }, 60_000);
});
