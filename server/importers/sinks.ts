// Where importer chunks go: a store (through the ingest service, one document at a time), an
// interchange JSON file, or a directory of chunk files that `entente load DIR` reads back.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Interchange } from '../domain/interchange/schema.js';
import { addReports, emptyReport, loadInterchange, type LoadReport } from '../ingest/load.js';
import type { GraphStore } from '../store/graph-store.js';
import type { ImportChunk } from './report.js';

export interface Sink {
  write(chunk: ImportChunk, index: number): Promise<void>;
  close(): Promise<void>;
}

export function storeSink(store: GraphStore, source: string, onLoaded?: (r: LoadReport, chunk: ImportChunk) => void): Sink & { total: () => LoadReport } {
  let total = emptyReport();
  return {
    async write(chunk, index) {
      const r = await loadInterchange(store, chunk.interchange, { source: `${source} chunk ${index + 1}` });
      total = addReports(total, r);
      onLoaded?.(r, chunk);
    },
    async close() {},
    total: () => total,
  };
}

/** FILE.json → one interchange document (plus FILE.memberships.ndjson when there are memberships);
 * anything else → a directory with chunk-00001.json … and memberships.ndjson. */
export function fileSink(out: string): Sink {
  return out.endsWith('.json') ? singleFileSink(out) : directorySink(out);
}

function singleFileSink(file: string): Sink {
  const documents: Interchange['documents'] = [];
  const events: Interchange['events'] = [];
  const memberships: string[] = [];
  return {
    async write(chunk) {
      documents.push(...chunk.interchange.documents);
      events.push(...chunk.interchange.events);
      for (const [pact, list] of Object.entries(chunk.memberships ?? {})) memberships.push(JSON.stringify({ pact, memberships: list }));
    },
    async close() {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, JSON.stringify({ format: 'entente-interchange', version: 1, documents, entities: { persons: [], organizations: [] }, events }, null, 1) + '\n');
      if (memberships.length) await writeFile(file.replace(/\.json$/, '.memberships.ndjson'), memberships.join('\n') + '\n');
    },
  };
}

function directorySink(dir: string): Sink {
  let memberships: ReturnType<typeof createWriteStream> | null = null;
  return {
    async write(chunk, index) {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `chunk-${String(index + 1).padStart(5, '0')}.json`), JSON.stringify(chunk.interchange) + '\n');
      const entries = Object.entries(chunk.memberships ?? {});
      if (entries.length) {
        memberships ??= createWriteStream(path.join(dir, 'memberships.ndjson'));
        for (const [pact, list] of entries) if (!memberships.write(JSON.stringify({ pact, memberships: list }) + '\n')) await once(memberships, 'drain');
      }
    },
    async close() {
      if (memberships) { memberships.end(); await once(memberships, 'finish'); }
    },
  };
}
