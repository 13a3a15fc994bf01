// For in-process CLI tests: a fresh temp directory per test and what the command wrote to
// stderr (progress output swallowed), restored after each test.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';

export function captureCli(prefix: string): { tmp: () => string; stderr: () => string[] } {
  let tmp = '';
  let lines: string[] = [];
  beforeEach(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), prefix));
    lines = [];
    jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { lines.push(a.join(' ')); });
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(tmp, { recursive: true, force: true });
  });
  return { tmp: () => tmp, stderr: () => lines };
}
