import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_NODE_FLAGS } from './node-flags.js';

/** The young generation's size after filling it with short-lived objects, in MB, under flags. */
function youngGenerationMb(flags: readonly string[]): number {
  const script = `let keep;
for (let r = 0; r < 20; r++) { const a = []; for (let i = 0; i < 300000; i++) a.push({ i, s: 'x' + i }); keep = a; }
process.stdout.write(String(require('v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20));`;
  return Number(execFileSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' }));
}

test('the server flags are flags, and a node started with them has the young generation they ask for', () => {
  expect(SERVER_NODE_FLAGS.length).toBeGreaterThan(0);
  for (const flag of SERVER_NODE_FLAGS) expect(flag).toMatch(/^--[a-z][a-z0-9-]*(=\S+)?$/);
  const semi = SERVER_NODE_FLAGS.map((f) => /^--max-semi-space-size=(\d+)$/.exec(f)).find(Boolean);
  if (!semi) return;
  // Two semi-spaces of the asked size once full (V8's default is 16 MB each).
  expect(youngGenerationMb(SERVER_NODE_FLAGS)).toBeGreaterThanOrEqual(2 * Number(semi[1]));
  expect(youngGenerationMb([])).toBeLessThan(2 * Number(semi[1]));
}, 60_000);

test('start.sh and the benchmark start node with the same flags file', () => {
  expect(readFileSync(new URL('./start.sh', import.meta.url), 'utf8')).toMatch(/exec node \$\(grep -v '\^#' server\/scripts\/node-flags\.txt\)/);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.bench).toContain("$(grep -v '^#' server/scripts/node-flags.txt)");
});
