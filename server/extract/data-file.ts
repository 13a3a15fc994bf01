// Loads a JSON data file shipped with the extractor and validates it with zod, so a broken user edit
// fails at start-up with the file and the entry named instead of surfacing as a wrong extraction.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { z } from 'zod';

export class DataFileError extends Error {
  constructor(public readonly file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'DataFileError';
  }
}

export function loadDataFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const shown = relative(process.cwd(), path) || path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataFileError(shown, `cannot read JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `entry ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new DataFileError(shown, issues.join('; '));
  }
  return parsed.data;
}

/** zod refinement: the string compiles as a Unicode regular expression. */
export function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
