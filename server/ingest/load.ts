// Loading interchange documents into a store: validate everything first, then write one
// document at a time (atomic per document), merging events that other documents already hold.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Interchange } from '../domain/interchange/schema.js';
import { planWrites } from '../domain/interchange/plan.js';
import { sameMeeting, samePact } from '../domain/interchange/merge.js';
import type { GraphStore, LinkedEvent, WriteBatch } from '../store/graph-store.js';
import { InterchangeError, issuesOf } from './errors.js';

export { InterchangeError } from './errors.js';

export interface LoadReport {
  documents: { read: number; written: number; skipped: number };
  events: { read: number; written: number; merged: number };
  nodesCreated: number;
  edgesCreated: number;
}

export function emptyReport(): LoadReport {
  return { documents: { read: 0, written: 0, skipped: 0 }, events: { read: 0, written: 0, merged: 0 }, nodesCreated: 0, edgesCreated: 0 };
}

export function addReports(a: LoadReport, b: LoadReport): LoadReport {
  return {
    documents: { read: a.documents.read + b.documents.read, written: a.documents.written + b.documents.written, skipped: a.documents.skipped + b.documents.skipped },
    events: { read: a.events.read + b.events.read, written: a.events.written + b.events.written, merged: a.events.merged + b.events.merged },
    nodesCreated: a.nodesCreated + b.nodesCreated,
    edgesCreated: a.edgesCreated + b.edgesCreated,
  };
}

/** Parses an interchange document; throws InterchangeError naming the source, record and field. */
export function parseInterchange(input: unknown, source = 'input'): Interchange {
  const parsed = Interchange.safeParse(input);
  if (!parsed.success) throw new InterchangeError(source, issuesOf(parsed.error, input));
  return parsed.data;
}

// Check-then-write must not interleave between two loads in this process, or two articles
// reporting the same meeting at once would both create it.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export async function loadInterchange(store: GraphStore, input: unknown, opts: { source?: string } = {}): Promise<LoadReport> {
  const doc = parseInterchange(input, opts.source);
  const report = emptyReport();
  report.events.read = doc.events.length;
  for (const batch of planWrites(doc)) {
    await serialized(async () => {
      if (batch.document) {
        report.documents.read++;
        if (await store.hasDocument(batch.document.id)) { report.documents.skipped++; return; }
      }
      report.events.merged += await mergeWithStore(store, batch);
      const stats = await store.writeBatch(batch);
      if (batch.document) report.documents.written++;
      report.events.written += batch.meetings.length + batch.pacts.length;
      report.nodesCreated += stats.nodesCreated;
      report.edgesCreated += stats.edgesCreated;
    });
  }
  return report;
}

/** Rewrites the batch so that events the store already holds (from other documents) keep their
 * existing ids; returns how many were merged. */
export async function mergeWithStore(store: GraphStore, batch: WriteBatch): Promise<number> {
  const rename = new Map<string, string>();
  const linked = new Map<string, LinkedEvent>();
  for (const m of batch.meetings) {
    const actors = batch.attended.filter((a) => a.meeting === m.id && !a.entity.startsWith('person:')).map((a) => a.entity);
    const persons = batch.attended.filter((a) => a.meeting === m.id && a.entity.startsWith('person:')).map((a) => a.entity);
    if (!actors.length) continue;
    const found = (await store.findMeetings(m.dateFrom, m.dateTo, actors)).find((c) => c.id !== m.id && sameMeeting(c.persons, persons));
    if (found) { rename.set(m.id, found.id); linked.set(found.id, { id: found.id, dateFrom: found.dateFrom, dateTo: found.dateTo }); }
  }
  for (const p of batch.pacts) {
    const parties = batch.partyTo.filter((r) => r.pact === p.id).map((r) => r.entity);
    if (!parties.length) continue;
    const found = (await store.findPacts(parties)).find((c) => c.id !== p.id && samePact(c, p));
    if (found) { rename.set(p.id, found.id); linked.set(found.id, { id: found.id, dateFrom: found.dateFrom, dateTo: found.dateTo }); }
  }
  if (!rename.size) return 0;
  const to = (id: string) => rename.get(id) ?? id;
  // The existing node stays as it is; only the new evidence and participants attach to it.
  batch.meetings = batch.meetings.filter((m) => !rename.has(m.id));
  batch.pacts = batch.pacts.filter((p) => !rename.has(p.id));
  batch.attended = batch.attended.map((r) => ({ ...r, meeting: to(r.meeting) }));
  batch.partyTo = batch.partyTo.map((r) => ({ ...r, pact: to(r.pact) }));
  batch.heldIn = batch.heldIn.map((r) => ({ ...r, meeting: to(r.meeting) }));
  batch.reportedIn = batch.reportedIn.map((r) => ({ ...r, event: to(r.event) }));
  batch.ties = batch.ties.filter((t) => !rename.has(t.event));
  batch.linked = [...(batch.linked ?? []), ...linked.values()];
  return rename.size;
}

/** Every .json file under a path (a file or a directory, recursively), in a stable order. */
export async function interchangeFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function readInterchangeFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InterchangeError(file, [{ path: '', message: `not valid JSON: ${(err as Error).message}` }]);
  }
}

/** Loads every interchange file under target. All files are validated before anything is written. */
export async function loadPath(store: GraphStore, target: string, onFile?: (file: string, report: LoadReport) => void): Promise<LoadReport> {
  const files = await interchangeFiles(target);
  const docs = [] as { file: string; doc: Interchange }[];
  for (const file of files) docs.push({ file, doc: parseInterchange(await readInterchangeFile(file), file) });
  let total = emptyReport();
  for (const { file, doc } of docs) {
    const r = await loadInterchange(store, doc, { source: file });
    onFile?.(file, r);
    total = addReports(total, r);
  }
  return total;
}
