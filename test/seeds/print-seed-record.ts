// Stand-in extractor for the evaluation scorer: prints the seed record of an article, so
//   node ../shared/eval/score.mjs ../shared/seeds ../shared/eval/gold --cmd "npx tsx test/seeds/print-seed-record.ts"
// measures the seed records against the gold. Usage: print-seed-record.ts ARTICLE [--published D] [--lang L]
import { readFileSync } from 'node:fs';
import { documentIdOf } from '../../server/domain/ids.js';
import { articleSeeds } from './seed-files.js';

const articlePath = process.argv[2];
if (!articlePath) {
  console.error('usage: print-seed-record.ts ARTICLE_FILE [--published YYYY-MM-DD] [--lang ja|es|en]');
  process.exit(2);
}
const id = documentIdOf(readFileSync(articlePath, 'utf8'));
const record = articleSeeds().find((f) => (f.raw as { documents?: { id: string }[] }).documents?.some((d) => d.id === id));
if (!record) {
  console.error(`no seed record under seeds/articles has document id ${id} (the id of ${articlePath})`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(record.raw));
