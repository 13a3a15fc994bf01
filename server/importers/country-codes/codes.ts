// Country code conversions for the importers: COW state codes (ATOP), CAMEO actor codes and
// FIPS 10-4 geo codes (GDELT) to ISO 3166-1 alpha-2. The tables are JSON files beside this
// module, validated at load; a code without a mapping comes back with the reason, never a guess.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { alpha3ToAlpha2, CountryCode } from '../../domain/country/countries.js';
import { PartialDate } from '../../domain/dates/partial-date.js';

export type CodeResult = { ok: true; code: string } | { ok: false; reason: string };

const here = path.dirname(fileURLToPath(import.meta.url));

function loadTable<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const full = path.join(here, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new Error(`${full}: cannot read country code table: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${full}: invalid country code table: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const CowTable = z.object({ source: z.string(), names: z.string(), codes: z.record(z.string().regex(/^\d+$/), CountryCode), stateNames: z.record(z.string().regex(/^\d+$/), z.string()) });
const CowSpells = z.object({
  note: z.string(),
  spells: z.array(z.object({ ccode: z.number().int().positive(), from: PartialDate.optional(), to: PartialDate.optional(), state: z.string().min(1), iso2: CountryCode.nullable(), why: z.string().min(1) })),
});
const FipsTable = z.object({ source: z.string(), codes: z.record(z.string().regex(/^[A-Z0-9]{2}$/), CountryCode) });
const CameoTable = z.object({ note: z.string(), legacy: z.record(z.string().regex(/^[A-Z]{3}$/), CountryCode), unmappable: z.record(z.string().regex(/^[A-Z]{3}$/), z.string()) });

let tables: { cow: z.infer<typeof CowTable>; spells: z.infer<typeof CowSpells>; fips: z.infer<typeof FipsTable>; cameo: z.infer<typeof CameoTable> } | undefined;
function load() {
  tables ??= {
    cow: loadTable('cow-iso2.json', CowTable),
    spells: loadTable('cow-spells.json', CowSpells),
    fips: loadTable('fips-iso2.json', FipsTable),
    cameo: loadTable('cameo-countries.json', CameoTable),
  };
  return tables;
}

/** COW state code → ISO alpha-2 for a member on a given day (YYYY-MM-DD; the spells table
 * says when a code stood for a state that no longer exists). */
export function cowToIso2(ccode: number | string, onDay?: string): CodeResult {
  const t = load();
  const code = String(ccode).trim();
  const n = Number(code);
  const spell = t.spells.spells.find((s) => s.ccode === n && (!onDay || ((!s.from || s.from <= onDay) && (!s.to || onDay <= s.to))) && (onDay || (!s.from && !s.to)));
  if (spell) return spell.iso2 ? { ok: true, code: spell.iso2 } : { ok: false, reason: `unmapped COW code ${code} (${spell.state})` };
  const iso = t.cow.codes[code];
  if (iso) return { ok: true, code: iso };
  const name = t.cow.stateNames[code];
  return { ok: false, reason: `unmapped COW code ${code}${name ? ` (${name})` : ' (not in the COW state list)'}` };
}

/** FIPS 10-4 country code (GDELT geography) → ISO alpha-2. Note FIPS RS is Russia, ISO RS Serbia. */
export function fipsToIso2(fips: string): CodeResult {
  const code = fips.trim().toUpperCase();
  const iso = load().fips.codes[code];
  return iso ? { ok: true, code: iso } : { ok: false, reason: `unmapped FIPS code ${code}` };
}

/** CAMEO actor country code (mostly ISO alpha-3) → ISO alpha-2. */
export function cameoToIso2(cameo: string): CodeResult {
  const t = load().cameo;
  const code = cameo.trim().toUpperCase();
  const legacy = t.legacy[code];
  if (legacy) return { ok: true, code: legacy };
  const region = t.unmappable[code];
  if (region) return { ok: false, reason: `unmapped CAMEO code ${code} (${region})` };
  const iso = /^[A-Z]{3}$/.test(code) ? alpha3ToAlpha2(code) : undefined;
  return iso ? { ok: true, code: iso } : { ok: false, reason: `unmapped CAMEO code ${code}` };
}

export const COW_TABLE_SOURCE = () => load().cow.source;
