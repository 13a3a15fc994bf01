// Long CLI work on a non-terminal (a log, CI): plain progress lines with counts and rate, then a
// summary with the right counts. Runs the real command as a child process, so stderr is a pipe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entente = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/entente.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, NEO4J_URI: '' }, timeout: 120_000 });

test('import on a pipe prints progress lines, then the summary with read, written, duplicates and rejections', () => {
  const r = entente(['import', 'gdelt', 'server/importers/gdelt/fixtures/events.export.tsv', '--dry-run']);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/^import gdelt: \d+\/\d+ \(\d+(\.\d+)?\/s/m);
  expect(r.stderr).toContain('import gdelt: 14 read, 6 written, 2 skipped as duplicates, 6 rejected');
  expect(r.stderr).toContain('rejected 1: unmapped CAMEO code EUR (Europe)');
  expect(r.stderr).not.toMatch(/\u001b\[/); // no terminal escape codes in a log
});

test('load on a pipe prints progress lines and a summary; loading again skips every document', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-progress-'));
  try {
    const first = entente(['load', 'seeds'], { ENTENTE_DATA_DIR: dir });
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^load: \d+\/13 \(/m);
    expect(first.stderr).toContain('documents: 13 read, 13 written, 0 skipped as duplicates, 0 rejected');
    const again = entente(['load', 'seeds'], { ENTENTE_DATA_DIR: dir });
    expect(again.stderr).toContain('documents: 13 read, 0 written, 13 skipped as duplicates, 0 rejected');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
