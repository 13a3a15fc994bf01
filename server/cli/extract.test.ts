// The extract command as users run it: stdout carries only the interchange JSON; bad input gives a
// clear message on stderr and a non-zero exit, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Interchange } from '../domain/interchange/schema.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/cli/extract.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('extract CLI', () => {
  test('prints one valid interchange document and nothing else', () => {
    const path = file('ok.txt', 'Ministers meet\nOn Monday, Kenyan Foreign Minister Joseph Mwangi met Norwegian Foreign Minister Kari Lund in Oslo.\n');
    const r = run(path, '--published', '2024-06-12', '--lang', 'en');
    expect(r.status).toBe(0);
    const doc = Interchange.parse(JSON.parse(r.stdout));
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].date).toBe('2024-06-10');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  test('no events: an empty list with a warning on stderr, exit 0', () => {
    const r = run(file('none.txt', 'Weather\nIt rained all day in the capital.\n'), '--published', '2024-06-12', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).events).toEqual([]);
    expect(r.stderr).toMatch(/no-events/);
  }, 60_000);

  test.each([
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a binary file', () => file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /binary/],
    ['bytes that are not UTF-8', () => file('latin1.txt', Buffer.from([0x50, 0xe9, 0x72, 0x6f, 0x75, 0x0a])), /not valid UTF-8/],
    ['a 5 MB file', () => file('big.txt', 'The ministers met. '.repeat(300_000)), /limited to 5 MB/],
    ['an unsupported language', () => file('fr.txt', 'Le ministre français a rencontré son homologue allemand à Berlin pour parler de la coopération.'), /not one of ja, es, en/],
    ['a missing file', () => join(dir, 'absent.txt'), /cannot read/],
  ])('%s: clear message, non-zero exit, no stack trace', (_label, make, message) => {
    const r = run(make(), '--published', '2024-06-12');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('usage errors', () => {
    const r = run(file('x.txt', 'text'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--published/);
    expect(run(file('y.txt', 'Hello there.'), '--published', '2024-13-01', '--lang', 'en').stderr).toMatch(/calendar date/);
  }, 60_000);
});
