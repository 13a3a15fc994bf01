// The `entente` command line: load, ingest, import, generate, export, stats, schema.
// Each command opens the configured store (embedded under ENTENTE_DATA_DIR, or Neo4j when
// NEO4J_URI is set), does its work and closes the store, so the database is never left open.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { Interchange } from '../domain/interchange/schema.js';
import { interchangeFromRows } from '../domain/interchange/from-batch.js';
import { InterchangeError, addReports, emptyReport, interchangeFiles, loadInterchange, parseInterchange, readInterchangeFile, type LoadReport } from '../ingest/load.js';
import { ingestArticle } from '../ingest/article.js';
import { extractArticle } from '../extract/index.js';
import { bulkLoadCsv, openStore } from '../store/index.js';
import type { GraphStore } from '../store/graph-store.js';
import { createProgress, formatSummary } from './progress.js';
import { readArticleFile } from './read-article.js';

const USAGE = `usage: entente <command> [options]

commands:
  load <file|dir>...                 load interchange JSON files (validated first; atomic per document)
  ingest <file>... --published DATE  extract meetings and pacts from articles and load them
        [--lang ja|es|en] [--title T] [--source-name N] [--source-url U] [--dry-run]
  import atop|gdelt ...              import a public dataset (entente import --help)
  generate ...                       write a synthetic world (entente generate --help)
  bulk-load --csv DIR                load generated CSV tables into an empty store (COPY / UNWIND batches)
  export --format json [--out FILE]  write the whole graph as interchange JSON
  stats                              counts per node and edge kind, time range, store
  schema [--out FILE]                the interchange JSON Schema

environment: ENTENTE_DATA_DIR (embedded store), NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE`;

async function withStore<T>(work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const summaryOf = (r: LoadReport) => ({ read: r.documents.read, written: r.documents.written, duplicates: r.documents.skipped, rejected: [] as { reason: string; count: number }[] });

async function load(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (!positionals.length) throw new UsageError('load needs at least one file or directory');
  const files = (await Promise.all(positionals.map(interchangeFiles))).flat();
  // Everything is validated before the first write, so a bad file leaves the store untouched.
  const docs: { file: string; doc: Interchange }[] = [];
  for (const file of files) docs.push({ file, doc: parseInterchange(await readInterchangeFile(file), file) });
  return withStore(async (store) => {
    const progress = createProgress('load', docs.reduce((n, d) => n + Math.max(d.doc.documents.length, 1), 0));
    let total = emptyReport();
    for (const { file, doc } of docs) {
      const r = await loadInterchange(store, doc, { source: file });
      total = addReports(total, r);
      progress.tick(Math.max(doc.documents.length, 1));
    }
    progress.stop();
    console.error(formatSummary('documents', summaryOf(total)));
    console.error(`events: ${total.events.read} read, ${total.events.written} written, ${total.events.merged} merged into existing events`);
    return 0;
  });
}

async function ingest(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args, allowPositionals: true,
    options: { published: { type: 'string' }, lang: { type: 'string' }, title: { type: 'string' }, 'source-name': { type: 'string' }, 'source-url': { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  if (!positionals.length) throw new UsageError('ingest needs at least one article file');
  if (!values.published) throw new UsageError('ingest needs --published YYYY-MM-DD (the articles\' publication date)');
  return withStore(async (store) => {
    const progress = createProgress('ingest', positionals.length);
    let total = emptyReport();
    const rejected = new Map<string, number>();
    for (const file of positionals) {
      try {
        const text = await readArticleFile(file);
        const { extracted, report } = await ingestArticle(store, { text, published: values.published!, lang: values.lang, title: values.title, sourceName: values['source-name'], sourceUrl: values['source-url'], dryRun: values['dry-run'] }, extractArticle);
        for (const w of extracted.warnings ?? []) console.error(`${file}: warning: ${w.message}`);
        if (report) total = addReports(total, report);
        else console.log(JSON.stringify(extracted, null, 2));
      } catch (err) {
        const reason = `${file}: ${(err as Error).message}`;
        rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
      }
      progress.tick();
    }
    progress.stop();
    console.error(formatSummary('articles', { ...summaryOf(total), rejected: [...rejected].map(([reason, count]) => ({ reason, count })) }));
    console.error(`events: ${total.events.written} written, ${total.events.merged} merged into existing events`);
    return rejected.size ? 1 : 0;
  });
}

async function exportGraph(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } } });
  if (values.format !== 'json') throw new UsageError(`export --format ${values.format} is not supported here; use json (GraphML, GEXF, CSV and Cytoscape JSON are served by GET /api/export)`);
  return withStore(async (store) => {
    const rows = await store.dump();
    const doc = Interchange.parse(interchangeFromRows(rows));
    const text = JSON.stringify(doc, null, 2);
    if (values.out) { await writeFile(values.out, text); console.error(`wrote ${doc.events.length} events, ${doc.documents.length} documents to ${values.out}`); }
    else process.stdout.write(text + '\n');
    return 0;
  });
}

async function bulkLoad(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { csv: { type: 'string' } } });
  if (!values.csv) throw new UsageError('bulk-load needs --csv DIR (a directory written by `entente generate --out DIR`)');
  // `generate --out DIR` writes its tables under DIR/csv; either folder may be named.
  const dir = existsSync(path.join(values.csv, 'manifest.json')) ? values.csv : path.join(values.csv, 'csv');
  const report = await bulkLoadCsv(loadConfig(), dir, (step, ms) => console.error(`bulk-load: ${step} ${(ms / 1000).toFixed(1)} s`));
  const rows = Object.entries(report.rows).map(([table, n]) => `${table} ${n}`).join(', ');
  console.error(`bulk-load: ${rows} in ${(report.totalMs / 1000).toFixed(1)} s`);
  return 0;
}

async function stats(): Promise<number> {
  return withStore(async (store) => {
    const [counts, timeRange] = await Promise.all([store.counts(), store.timeRange()]);
    console.log(JSON.stringify({ store: store.info, ...counts, timeRange }, null, 2));
    return 0;
  });
}

async function schema(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const text = JSON.stringify(z.toJSONSchema(Interchange, { io: 'input', unrepresentable: 'any' }), null, 2);
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text + '\n');
  return 0;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'load': return load(args);
    case 'ingest': return ingest(args);
    case 'export': return exportGraph(args);
    case 'stats': return stats();
    case 'schema': return schema(args);
    case 'import': return (await import('./import.js')).runImport(args);
    case 'generate': return (await import('./generate.js')).runGenerate(args);
    case 'bulk-load': return bulkLoad(args);
    case undefined: case 'help': case '--help': case '-h': console.log(USAGE); return command ? 0 : 2;
    default: throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    if (err instanceof UsageError) console.error(`entente: ${err.message}\n\n${USAGE}`);
    else if (err instanceof InterchangeError) { console.error(`entente: invalid interchange data, nothing was written:\n  ${err.source}`); for (const i of err.issues) console.error(`    ${i.path || '(document)'}: ${i.message}`); }
    else console.error(`entente: ${(err as Error).message}`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
