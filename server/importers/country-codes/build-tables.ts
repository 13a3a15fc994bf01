// Derives the code tables in this folder (cow-iso2.json, fips-iso2.json) from the countrycode
// crosswalk and the COW state list in ../shared/data. Run again when those sources change:
//   tsx server/importers/country-codes/build-tables.ts [/path/to/shared/data]
// Only code-to-code facts carry over; the source files themselves stay outside the project.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { isCountryCode } from '../../domain/country/countries.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CROSSWALK = 'country-codes-crosswalk/codelist_without_cldr.csv';
const COW_STATES = 'cow-state-system-v2016/states2016.csv';
const CROSSWALK_NOTE = 'Derived from the countrycode R package codelist (Arel-Bundock, Enevoldsen & Yetman 2018, JOSS 3(28):848), vincentarelbundock/countrycode@284d6a2f7e49d826e10894227a05d4c857e21540 dictionary/codelist_without_cldr.csv; only the code pairs are kept.';
const COW_NOTE = 'State names from the Correlates of War State System Membership list v2016 (states2016.csv).';

type Row = Record<string, string>;

export function buildTables(dataDir: string) {
  const crosswalk = parse(readFileSync(path.join(dataDir, CROSSWALK)), { columns: true, skip_empty_lines: true }) as Row[];
  const states = parse(readFileSync(path.join(dataDir, COW_STATES)), { columns: true, skip_empty_lines: true }) as Row[];

  const cow: Record<string, string> = {};
  const cowNames: Record<string, string> = {};
  for (const s of states) cowNames[s.ccode] = s.statenme;
  for (const r of crosswalk) {
    if (!r.cown) continue;
    if (r.iso2c && isCountryCode(r.iso2c)) cow[r.cown] = r.iso2c;
    else cowNames[r.cown] ??= r['cow.name'] || r['country.name.en'];
  }
  const fips: Record<string, string> = {};
  for (const r of crosswalk) if (r.fips && r.iso2c && isCountryCode(r.iso2c)) fips[r.fips] = r.iso2c;

  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return {
    cow: { source: CROSSWALK_NOTE, names: COW_NOTE, codes: sorted(cow), stateNames: sorted(cowNames) },
    fips: { source: CROSSWALK_NOTE, codes: sorted(fips) },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dataDir = process.argv[2] ?? path.resolve(here, '../../../../shared/data');
  const t = buildTables(dataDir);
  writeFileSync(path.join(here, 'cow-iso2.json'), JSON.stringify(t.cow, null, 1) + '\n');
  writeFileSync(path.join(here, 'fips-iso2.json'), JSON.stringify(t.fips, null, 1) + '\n');
  console.log(`cow-iso2.json: ${Object.keys(t.cow.codes).length} codes; fips-iso2.json: ${Object.keys(t.fips.codes).length} codes`);
}
