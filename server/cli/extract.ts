// `npm run extract -- FILE --published YYYY-MM-DD [--lang ja|es|en] [--title T] [--source NAME]`:
// prints one interchange JSON document on stdout and nothing else; problems go to stderr.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ExtractError, extractArticle } from '../extract/index.js';

const MAX_BYTES = 5 * 1024 * 1024;
const USAGE = 'usage: npm run extract -- FILE --published YYYY-MM-DD [--lang ja|es|en] [--title TITLE] [--source NAME]';

function fail(message: string, code = 1): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, lang: { type: 'string' }, title: { type: 'string' }, source: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) { process.stdout.write(`${USAGE}\n`); return; }
  if (positionals.length !== 1) fail(`expected one article file\n${USAGE}`, 2);
  if (!values.published) fail(`--published YYYY-MM-DD is required\n${USAGE}`, 2);
  const file = positionals[0];
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail(`${file} is not a file`);
    size = st.size;
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > MAX_BYTES) fail(`${file} is ${(size / 1048576).toFixed(1)} MB; articles are limited to 5 MB`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) fail(`${file} is empty`);
  if (bytes.includes(0)) fail(`${file} contains NUL bytes; it looks like a binary file, not a text article`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    const out = extractArticle(text, { published: values.published, lang: values.lang, title: values.title, source: values.source ?? file.split('/').pop() });
    for (const w of out.warnings ?? []) process.stderr.write(`extract: warning ${w.code}: ${w.message}\n`);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } catch (e) {
    if (e instanceof ExtractError) fail(e.message);
    fail(`internal error while extracting ${file}: ${(e as Error).message}`);
  }
}

main();
