import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTables } from './build-tables.js';
import { cameoToIso2, cowToIso2, fipsToIso2 } from './codes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const readTable = (name: string) => JSON.parse(readFileSync(path.join(here, name), 'utf8'));
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');

describe('COW state codes', () => {
  test('current states map to their ISO code', () => {
    expect(cowToIso2(2)).toEqual({ ok: true, code: 'US' });
    expect(cowToIso2('200')).toEqual({ ok: true, code: 'GB' });
    expect(cowToIso2(740, '1960-01-19')).toEqual({ ok: true, code: 'JP' });
  });
  test('states that no longer exist are unmapped with their name', () => {
    expect(cowToIso2(300)).toEqual({ ok: false, reason: 'unmapped COW code 300 (Austria-Hungary)' });
    expect(cowToIso2(365, '1955-05-14')).toEqual({ ok: false, reason: 'unmapped COW code 365 (Russian Empire / Soviet Union)' });
    expect(cowToIso2(255, '1815-01-03')).toEqual({ ok: false, reason: 'unmapped COW code 255 (Kingdom of Prussia)' });
    expect(cowToIso2(265).ok).toBe(false);
  });
  test('the spell a member entered in decides the mapping', () => {
    expect(cowToIso2(365, '1992-05-15')).toEqual({ ok: true, code: 'RU' });
    expect(cowToIso2(255, '1990-10-03')).toEqual({ ok: true, code: 'DE' });
    expect(cowToIso2(345, '1950-01-01').ok).toBe(false);
    expect(cowToIso2(345, '2008-01-01')).toEqual({ ok: true, code: 'RS' });
    expect(cowToIso2(260, '1955-05-09')).toEqual({ ok: true, code: 'DE' });
  });
  test('a code in no list says so', () => {
    expect(cowToIso2(8152)).toEqual({ ok: false, reason: 'unmapped COW code 8152 (not in the COW state list)' });
  });
});

describe('FIPS and CAMEO codes', () => {
  test('FIPS codes that collide with ISO codes map to the FIPS meaning', () => {
    expect(fipsToIso2('RS')).toEqual({ ok: true, code: 'RU' });
    expect(fipsToIso2('RI')).toEqual({ ok: true, code: 'RS' });
    expect(fipsToIso2('IS')).toEqual({ ok: true, code: 'IL' });
    expect(fipsToIso2('UK')).toEqual({ ok: true, code: 'GB' });
    expect(fipsToIso2('JA')).toEqual({ ok: true, code: 'JP' });
    expect(fipsToIso2('ZZ').ok).toBe(false);
  });
  test('CAMEO codes: ISO alpha-3, legacy codes, regions', () => {
    expect(cameoToIso2('USA')).toEqual({ ok: true, code: 'US' });
    expect(cameoToIso2('ROM')).toEqual({ ok: true, code: 'RO' });
    expect(cameoToIso2('EUR')).toEqual({ ok: false, reason: 'unmapped CAMEO code EUR (Europe)' });
    expect(cameoToIso2('SAF')).toEqual({ ok: false, reason: 'unmapped CAMEO code SAF (Southern Africa)' });
    expect(cameoToIso2('ZAF')).toEqual({ ok: true, code: 'ZA' });
  });
});

describe('tables agree with their sources', () => {
  const present = existsSync(path.join(DATA, 'country-codes-crosswalk/codelist_without_cldr.csv'));
  if (!present) console.warn(`skipping: ${DATA}/country-codes-crosswalk is absent, so the derived tables cannot be re-checked`);
  (present ? test : test.skip)('cow-iso2.json and fips-iso2.json equal a fresh derivation', () => {
    const fresh = buildTables(DATA);
    expect(readTable('cow-iso2.json')).toEqual(fresh.cow);
    expect(readTable('fips-iso2.json')).toEqual(fresh.fips);
  });
});
