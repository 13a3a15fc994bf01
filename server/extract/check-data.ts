// `npm run check:data`: validates every dictionary and gazetteer file the extractor loads and reports
// each broken file with the entry at fault. Exit status 1 when any file is invalid.
import { loadDataFile } from './data-file.js';
import { GAZETTEER_FILES } from './gazetteer/index.js';
import { GeneratedOfficialsFile, OfficialsFile } from './gazetteer/schema.js';
import { dataFilesOf, LANGUAGES } from './lang/index.js';
import { CountriesFile, TitlesFile, TriggersFile } from './lang/schema.js';
import type { z } from 'zod';

export function checkDataFiles(): { file: string; ok: boolean; message: string }[] {
  const jobs: [string, z.ZodType][] = [[GAZETTEER_FILES.curated, OfficialsFile], [GAZETTEER_FILES.generated, GeneratedOfficialsFile]];
  for (const lang of LANGUAGES) {
    const files = dataFilesOf(lang);
    jobs.push([files.countries, CountriesFile], [files.triggers, TriggersFile], [files.titles, TitlesFile]);
  }
  return jobs.map(([file, schema]) => {
    try {
      const data = loadDataFile(file, schema) as unknown;
      const n = Array.isArray(data) ? data.length : Array.isArray((data as { officials?: unknown[] }).officials) ? (data as { officials: unknown[] }).officials.length : Object.keys(data as object).length;
      return { file, ok: true, message: `${n} entries` };
    } catch (e) {
      return { file, ok: false, message: (e as Error).message };
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = checkDataFiles();
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.ok ? `${r.file.replace(process.cwd() + '/', '')}: ${r.message}` : r.message}`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
