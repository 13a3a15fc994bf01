// Runs the shared scorer (../shared/eval/score.mjs) over the seed articles with the real extract
// command and checks the quality bar: overall F1 ≥ 0.9, every required meeting found, person recall
// ≥ 90 %, no invalid dates, no errors. Skips with a message when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
const present = existsSync(scorer) && existsSync(join(shared, 'seeds'));
if (!present) console.warn(`test/eval/score.test.ts skipped: ${scorer} or ${join(shared, 'seeds')} is absent`);

interface Summary { errors: number; invalidDates: number; personRecall: number; f1: number; meetings: { recall: number } }
function score(articles: string, gold: string): Summary {
  const run = spawnSync('node', [scorer, articles, gold, '--json'], { cwd: root, encoding: 'utf8', timeout: 600_000, maxBuffer: 32 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`scorer exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout).summary;
}

(present ? describe : describe.skip)('extraction quality on the seed articles', () => {
  test('meets the bar', () => {
    const s = score(join(shared, 'seeds'), join(shared, 'eval/gold'));
    expect(s.errors).toBe(0);
    expect(s.invalidDates).toBe(0);
    expect(s.meetings.recall).toBe(1);
    expect(s.personRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  }, 600_000);
});
