// Reads an article file as UTF-8 text, refusing what is not text with a message that says why.
import { readFile } from 'node:fs/promises';

export const MAX_ARTICLE_BYTES = 6 * 1024 * 1024;

export async function readArticleFile(file: string): Promise<string> {
  const bytes = await readFile(file);
  return decodeArticle(bytes, file);
}

export function decodeArticle(bytes: Uint8Array, name = 'input'): string {
  if (bytes.length === 0) throw new Error(`${name} is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) throw new Error(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1048576} MB`);
  if (bytes.includes(0)) throw new Error(`${name} looks binary (it contains NUL bytes), not a text article`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`${name} is not valid UTF-8 text`);
  }
}
