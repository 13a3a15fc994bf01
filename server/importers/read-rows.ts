// Streams rows from delimited text files with csv-parse, so files of any size are read in
// constant memory. A missing file or a file without the expected columns fails with its name.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { parse, type Options } from 'csv-parse';

export async function assertReadable(file: string, what: string): Promise<void> {
  try {
    await access(file);
  } catch {
    throw new Error(`${what} file not found: ${file}`);
  }
}

/** CSV with a header row → one object per row; the header must contain every required column. */
export async function* csvRecords(file: string, required: string[], what: string): AsyncGenerator<Record<string, string>> {
  await assertReadable(file, what);
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, trim: true, bom: true } satisfies Options));
  let checked = false;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    if (!checked) {
      const missing = required.filter((c) => !(c in record));
      if (missing.length) {
        parser.destroy();
        throw new Error(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; is this the ${what} file?`);
      }
      checked = true;
    }
    yield record;
  }
}

/** Tab-separated text without a header (GDELT) → one array of fields per line, quotes taken literally. */
export async function* tsvRows(file: string, what: string): AsyncGenerator<{ fields: string[]; line: number }> {
  await assertReadable(file, what);
  const parser = createReadStream(file).pipe(parse({ delimiter: '\t', quote: false, relax_column_count: true, skip_empty_lines: true, info: true } satisfies Options));
  for await (const row of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { fields: row.record, line: row.info.lines };
}
