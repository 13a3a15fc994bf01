// The server's V8 flags (node-flags.txt, also read by start.sh), for scripts that start the
// server as a child process.
import { readFileSync } from 'node:fs';

export const SERVER_NODE_FLAGS: readonly string[] = readFileSync(new URL('./node-flags.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
