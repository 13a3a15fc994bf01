// `entente generate` end to end: CSV per table with a manifest, interchange chunks, usage errors.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { captureCli } from './cli-capture.fixtures.js';
import { runGenerate } from '../../server/cli/generate.js';
import { Interchange } from '../../server/domain/interchange/schema.js';

const cli = captureCli('entente-generate-');
let tmp: string;
let stderr: string[];
beforeEach(() => { tmp = cli.tmp(); stderr = cli.stderr(); });

test('writes CSV tables whose row counts match the manifest, and valid JSON chunks', async () => {
  const code = await runGenerate(['--seed', '3', '--meetings', '1500', '--pacts', '200', '--persons', '600', '--years', '5', '--batch-size', '500', '--format', 'both', '--out', tmp]);
  expect(code).toBe(0);
  const manifest = JSON.parse(await readFile(path.join(tmp, 'csv', 'manifest.json'), 'utf8'));
  expect(manifest.tables.meetings.rows).toBe(1500);
  expect(manifest.tables.pacts.rows).toBe(200);
  expect(manifest.tables.persons.rows).toBe(600);
  for (const [name, t] of Object.entries(manifest.tables) as [string, { file: string; rows: number; columns: { name: string }[] }][]) {
    const text = await readFile(path.join(tmp, 'csv', t.file), 'utf8');
    expect(text.split('\n', 1)[0]).toBe(t.columns.map((c) => c.name).join(','));
    if (name !== 'countries' && name !== 'persons') expect(text.trimEnd().split('\n')).toHaveLength(t.rows + 1);
  }
  const chunks = (await readdir(path.join(tmp, 'json'))).sort();
  let events = 0;
  for (const f of chunks) events += Interchange.parse(JSON.parse(await readFile(path.join(tmp, 'json', f), 'utf8'))).events.length;
  expect(events).toBe(1700);
  expect(stderr.join('\n')).toMatch(/generated 1500 meetings, 200 pacts, 600 persons, 194 countries \(seed 3\) in [\d.]+ s; peak RSS \d+ MiB/);
});

test('bad usage is exit code 2 with the reason', async () => {
  expect(await runGenerate(['--meetings', '10'])).toBe(2);
  expect(await runGenerate(['--out', tmp, '--meetings', 'many'])).toBe(2);
  expect(await runGenerate(['--out', tmp, '--countries', 'US,QQ'])).toBe(2);
  expect(stderr.join('\n')).toMatch(/needs --out DIR[\s\S]*--meetings must be a non-negative integer[\s\S]*QQ/);
});
