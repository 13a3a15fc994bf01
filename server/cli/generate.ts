// `entente generate`: writes a deterministic synthetic world as CSV per table (for the store's
// bulk COPY) and/or interchange JSON chunks (for `entente load`), reporting time and peak memory.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeWorldCsv } from '../synthetic/csv.js';
import { planWorld, worldBatches, worldInterchange, type WorldOptions } from '../synthetic/world.js';
import { createProgress } from './progress.js';

export const GENERATE_USAGE = `usage: entente generate --out DIR [options]

  --seed N          random seed (default 42); the same seed writes the same bytes
  --meetings N      meetings (default 1000000)
  --pacts N         pacts (default 50000)
  --persons N       persons holding roles (default 20000)
  --years N         years covered (default 30), from --start-year (default 1995)
  --countries LIST  ISO alpha-2 codes, comma-separated (default: the 194 independent states)
  --format F        csv, json or both (default csv): DIR/csv/*.csv + manifest.json, DIR/json/chunk-*.json
  --batch-size N    events per batch / JSON chunk (default 10000)`;

class GenerateUsageError extends Error {}

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new GenerateUsageError(`--${name} must be a non-negative integer, not "${v}"`);
  return n;
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { seed: { type: 'string' }, meetings: { type: 'string' }, pacts: { type: 'string' }, persons: { type: 'string' }, years: { type: 'string' }, 'start-year': { type: 'string' }, countries: { type: 'string' }, format: { type: 'string' }, 'batch-size': { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length) throw new GenerateUsageError(`unexpected argument ${positionals[0]}`);
  if (!values.out) throw new GenerateUsageError('generate needs --out DIR');
  const format = values.format ?? 'csv';
  if (!['csv', 'json', 'both'].includes(format)) throw new GenerateUsageError(`--format must be csv, json or both, not "${format}"`);
  const options: WorldOptions = {
    seed: int('seed', values.seed) ?? 42,
    meetings: int('meetings', values.meetings), pacts: int('pacts', values.pacts), persons: int('persons', values.persons),
    years: int('years', values.years), startYear: int('start-year', values['start-year']), batchSize: int('batch-size', values['batch-size']),
    countries: values.countries?.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean),
  };
  return { options, format, out: values.out };
}

export async function runGenerate(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { console.log(GENERATE_USAGE); return 0; }
  let args: ReturnType<typeof parse>;
  let plan: ReturnType<typeof planWorld>;
  try {
    args = parse(argv);
    plan = planWorld(args.options);
  } catch (err) {
    if (err instanceof GenerateUsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || /^generateWorld:/.test((err as Error).message)) {
      console.error(`entente generate: ${(err as Error).message}\n\n${GENERATE_USAGE}`);
      return 2;
    }
    throw err;
  }
  const started = process.hrtime.bigint();
  let peak = process.memoryUsage().rss;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const events = plan.options.meetings + plan.options.pacts;
  const { options } = plan;
  const recorded = { seed: options.seed, meetings: options.meetings, pacts: options.pacts, persons: options.persons, years: options.years, startYear: options.startYear, countries: plan.countries.length, zipf: options.zipf, regional: options.regional };

  if (args.format !== 'json') {
    const progress = createProgress('generate csv', events);
    const manifest = await writeWorldCsv(path.join(args.out, 'csv'), worldBatches(plan), recorded, (b) => { progress.tick(b.meetings.length + b.pacts.length); sample(); });
    progress.stop();
    console.error(Object.entries(manifest.tables).map(([n, t]) => `  ${n}: ${t.rows} rows`).join('\n'));
  }
  if (args.format !== 'csv') {
    const dir = path.join(args.out, 'json');
    await mkdir(dir, { recursive: true });
    const progress = createProgress('generate json', events);
    let i = 0;
    for (const chunk of worldInterchange(plan)) {
      await writeFile(path.join(dir, `chunk-${String(++i).padStart(5, '0')}.json`), JSON.stringify(chunk) + '\n');
      progress.tick(chunk.events.length);
      sample();
    }
    progress.stop();
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(`generated ${options.meetings} meetings, ${options.pacts} pacts, ${plan.persons.length} persons, ${plan.countries.length} countries (seed ${options.seed}) in ${secs.toFixed(1)} s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB → ${args.out}`);
  return 0;
}
