import type { z } from 'zod';

export interface FieldIssue { path: string; message: string }

/** Invalid interchange input. The message names the source, the record and the field. */
export class InterchangeError extends Error {
  constructor(readonly source: string, readonly issues: FieldIssue[]) {
    super(`${source}: ${issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`);
    this.name = 'InterchangeError';
  }
}

/** Zod issues as "events[3] (meeting 2024-03-25).participants[0].code: message". */
export function issuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => ({ path: describePath(issue.path as (string | number)[], input), message: issue.message }));
}

function describePath(segments: (string | number)[], input: unknown): string {
  let out = '';
  let node: unknown = input;
  for (const seg of segments) {
    out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number' && node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const label = [rec.type, rec.id ?? rec.name ?? rec.code ?? rec.date].filter((v) => typeof v === 'string').join(' ');
      if (label) out += ` (${label})`;
    }
  }
  return out;
}
