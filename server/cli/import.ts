// `entente import atop|gdelt …`: runs a dataset importer and loads its chunks into the store
// (or writes them with --out, or only reports with --dry-run), with progress and a summary.
import { parseArgs } from 'node:util';
import { importAtop } from '../importers/atop/import-atop.js';
import { importGdelt } from '../importers/gdelt/import-gdelt.js';
import { formatUnmapped, toSummary, type ImportChunk, type ImportReport } from '../importers/report.js';
import { fileSink, storeSink, type Sink } from '../importers/sinks.js';
import type { GraphStore } from '../store/graph-store.js';
import { createProgress, formatSummary } from './progress.js';

export const IMPORT_USAGE = `usage:
  entente import atop --alliances FILE [--members FILE] [options]
  entente import gdelt FILE... [options]

  atop    ATOP v4.01 alliance-level CSV (+ member-level CSV for per-member entry dates and phases)
  gdelt   GDELT 2.0 event export files (61 tab-separated columns, no header)

options:
  --dry-run          read, convert and validate; print the summary only
  --out FILE|DIR     write interchange JSON instead of loading (FILE.json: one document; DIR: chunk files)
  --chunk-size N     events per chunk (default 1000)`;

class ImportUsageError extends Error {}

async function openConfiguredStore(): Promise<GraphStore> {
  // Imported lazily: --dry-run and --out must work without loading a database engine.
  const { openStore } = await import('../store/index.js');
  const { loadConfig } = await import('../config.js');
  return openStore(loadConfig());
}

function parse(argv: string[]) {
  const [dataset, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: { alliances: { type: 'string' }, members: { type: 'string' }, 'dry-run': { type: 'boolean' }, out: { type: 'string' }, 'chunk-size': { type: 'string' }, help: { type: 'boolean' } },
  });
  const chunkSize = values['chunk-size'] === undefined ? 1000 : Number(values['chunk-size']);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new ImportUsageError(`--chunk-size must be a positive integer, not "${values['chunk-size']}"`);
  if (values['dry-run'] && values.out) throw new ImportUsageError('--dry-run and --out exclude each other');
  return { dataset, values, positionals, chunkSize };
}

function importerFor(a: ReturnType<typeof parse>): { report: ImportReport; chunks: AsyncGenerator<ImportChunk>; source: string } {
  if (a.dataset === 'atop') {
    if (!a.values.alliances) throw new ImportUsageError('import atop needs --alliances FILE (the ATOP alliance-level CSV)');
    if (a.positionals.length) throw new ImportUsageError(`import atop takes no positional arguments (got ${a.positionals.join(' ')})`);
    return { ...importAtop({ alliancesFile: a.values.alliances, membersFile: a.values.members, chunkSize: a.chunkSize }), source: a.values.alliances };
  }
  if (a.dataset === 'gdelt') {
    if (!a.positionals.length) throw new ImportUsageError('import gdelt needs at least one GDELT export file');
    return { ...importGdelt({ files: a.positionals, chunkSize: a.chunkSize }), source: a.positionals.join(', ') };
  }
  throw new ImportUsageError(a.dataset ? `unknown dataset "${a.dataset}" (atop or gdelt)` : 'which dataset? atop or gdelt');
}

export async function runImport(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  let importer: ReturnType<typeof importerFor>;
  try {
    if (argv.includes('--help') || argv.includes('-h')) { console.log(IMPORT_USAGE); return 0; }
    args = parse(argv);
    importer = importerFor(args);
  } catch (err) {
    if (err instanceof ImportUsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`entente import: ${(err as Error).message}\n\n${IMPORT_USAGE}`);
      return 2;
    }
    throw err;
  }
  const label = `import ${args.dataset}`;
  const { report, chunks, source } = importer;
  const progress = createProgress(label, 0);
  let store: GraphStore | null = null;
  let sink: Sink | null = null;
  let loaded: ReturnType<typeof storeSink> | null = null;
  if (args.values.out) sink = fileSink(args.values.out);
  else if (!args.values['dry-run']) {
    store = await openConfiguredStore();
    sink = loaded = storeSink(store, source);
  }
  let events = 0;
  try {
    let index = 0;
    for await (const chunk of chunks) {
      progress.setTotal(report.eventsProduced);
      if (sink) await sink.write(chunk, index);
      index++;
      events += chunk.interchange.events.length;
      progress.tick(chunk.interchange.events.length);
    }
    await sink?.close();
  } finally {
    progress.stop();
    await store?.close();
  }
  const load = loaded?.total();
  const summary = toSummary(report, load ? load.events.written : events);
  if (load) summary.duplicates += load.events.merged;
  console.error(formatSummary(label, summary));
  if (load) console.error(`  store: ${load.documents.written} documents written, ${load.documents.skipped} already present (skipped), ${load.events.merged} events merged into existing ones`);
  else console.error(args.values.out ? `  written to ${args.values.out}` : '  dry run: nothing written');
  console.error(formatUnmapped(report));
  return 0;
}
