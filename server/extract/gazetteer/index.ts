// The officials gazetteer: curated entries (officials.json) first, then entries built from research data
// (leaders.generated.json). Loaded once, validated, and indexed by every written form.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../../domain/ids.js';
import { loadDataFile } from '../data-file.js';
import { GeneratedOfficialsFile, OfficialsFile, type Official } from './schema.js';

const here = dirname(fileURLToPath(import.meta.url));
export const GAZETTEER_FILES = { curated: join(here, 'officials.json'), generated: join(here, 'leaders.generated.json') };

let officials: Official[] | null = null;

export function allOfficials(): Official[] {
  if (!officials) {
    const curated = loadDataFile(GAZETTEER_FILES.curated, OfficialsFile).officials;
    const generated = existsSync(GAZETTEER_FILES.generated) ? loadDataFile(GAZETTEER_FILES.generated, GeneratedOfficialsFile) : [];
    const known = new Set(curated.map((o) => `${o.country}|${foldName(o.name)}`));
    officials = [...curated, ...generated.filter((o) => !known.has(`${o.country}|${foldName(o.name)}`))];
  }
  return officials;
}

/** Whether one of the official's terms covers the day (or the term is open-ended / undated). */
export function inOffice(o: Official, day: string): boolean {
  return o.roles.some((r) => (!r.from || r.from <= day) && (!r.to || r.to.length < 10 ? (!r.to || r.to >= day.slice(0, r.to.length)) : r.to >= day));
}
