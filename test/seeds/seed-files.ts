// Loads the seed records (seeds/**/*.json) and, when ../shared is checked out beside the project,
// the articles and gold annotations they describe. Shared by the seed suites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentIdOf } from '../../server/domain/ids.js';
import { Interchange } from '../../server/domain/interchange/schema.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = path.join(ROOT, 'seeds');
export const SHARED_DIR = path.resolve(ROOT, '../shared');
export const ARTICLES_DIR = path.join(SHARED_DIR, 'seeds');
export const GOLD_DIR = path.join(SHARED_DIR, 'eval/gold');
export const SCORER = path.join(SHARED_DIR, 'eval/score.mjs');

export interface SeedFile { path: string; relative: string; raw: unknown }

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.json') ? [path.join(dir, d.name)] : []));
}

export function seedFiles(): SeedFile[] {
  return walk(SEEDS_DIR).sort().map((p) => ({ path: p, relative: path.relative(ROOT, p), raw: JSON.parse(readFileSync(p, 'utf8')) }));
}

/** Parses a seed file, throwing an error that names the file and every problem. */
export function parseSeed(file: SeedFile): Interchange {
  const parsed = Interchange.safeParse(file.raw);
  if (!parsed.success) throw new Error(`${file.relative} is not a valid interchange document:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return parsed.data;
}

export const articleSeeds = () => seedFiles().filter((f) => f.relative.startsWith('seeds/articles/'));
export const curatedSeeds = () => seedFiles().filter((f) => f.relative.startsWith('seeds/curated/'));

export interface Article { file: string; text: string; id: string }

/** The shared articles keyed by document id, or null when ../shared is not checked out. */
export function sharedArticles(): Map<string, Article> | null {
  if (!existsSync(ARTICLES_DIR)) return null;
  const articles = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.txt')).map((file) => {
    const text = readFileSync(path.join(ARTICLES_DIR, file), 'utf8');
    return { file, text, id: documentIdOf(text) };
  });
  return new Map(articles.map((a) => [a.id, a]));
}

export function skipNotice(what: string): string {
  const message = `${what}: ${SHARED_DIR} is absent, so this check is skipped`;
  console.warn(message);
  return message;
}
