// Builds leaders.generated.json from the research data sets in ../shared/data (PLAD heads of state and
// government, UK and Chilean foreign/defence ministers). Run: npx tsx server/extract/gazetteer/build-from-shared.ts
// Only derived facts (name, country, role, term) are written, each group with its source citation.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '../../../../shared/data');

/** RFC 4180 CSV rows (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
function table(path: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

interface Entry { name: string; aliases: string[]; country: string; roles: { role: string; category: string; from?: string; to?: string }[]; source: string }
const entries: Entry[] = [];
const SINCE = '1995-01-01';

// PLAD: idacr is a Gleditsch–Ward letter code; map through the crosswalk.
const crosswalk = table(join(data, 'country-codes-crosswalk/codelist_without_cldr.csv'));
const gwToIso = new Map(crosswalk.filter((r) => r.gwc && r.iso2c && r.iso2c !== 'NA').map((r) => [r.gwc, r.iso2c]));
gwToIso.set('GFR', 'DE'); gwToIso.set('RVN', 'VN'); gwToIso.set('DRV', 'VN'); gwToIso.set('YEM', 'YE'); gwToIso.set('KOS', 'XK');
const plad = table(join(data, 'plad-2024-04/plad-april-2024.csv'));
for (const r of plad) {
  const iso = gwToIso.get(r.idacr);
  if (!iso || iso === 'XK' || !r.leader || r.leader === '.' || (r.enddate && r.enddate !== '.' && r.enddate < SINCE)) continue;
  if (!/\s/.test(r.leader.trim())) continue; // surname-only codings are too ambiguous to match in text
  entries.push({ name: r.leader.trim(), aliases: [], country: iso, roles: [{ role: 'head of state or government', category: 'head', from: r.startdate, to: r.enddate && r.enddate !== '.' ? r.enddate : undefined }], source: 'PLAD April 2024 (Bomprezzi et al. 2024), plad_id ' + r.plad_id });
}

// UK: prime ministers, foreign and defence secretaries.
const ukDir = join(data, 'uk-ministers-ifg');
if (existsSync(ukDir)) {
  const persons = new Map(table(join(ukDir, 'person.csv')).map((p) => [p.id, p]));
  const posts = new Map(table(join(ukDir, 'post.csv')).map((p) => [p.id, p]));
  const wanted: [RegExp, string, string][] = [
    [/^Prime Minister$/, 'Prime Minister', 'head'],
    [/^Secretary of State for Foreign/, 'Foreign Secretary', 'foreign'],
    [/^Secretary of State for Defence$/, 'Defence Secretary', 'defense'],
  ];
  for (const a of table(join(ukDir, 'appointment.csv'))) {
    const post = posts.get(a.post_id);
    const person = persons.get(a.person_id);
    if (!post || !person || (a.end_date && a.end_date < SINCE)) continue;
    const hit = wanted.find(([re]) => re.test(post.name));
    if (!hit) continue;
    entries.push({ name: person.display_name || person.name, aliases: person.short_name ? [person.short_name] : [], country: 'GB', roles: [{ role: hit[1], category: hit[2], from: a.start_date, to: a.end_date || undefined }], source: 'IfG Ministers Database (CC BY 4.0), appointment ' + a.id });
  }
}

// Chile: foreign and defence ministers ("Apellido Apellido, Nombre" → "Nombre Apellido").
const chile = join(data, 'chile-ministers-1990-2014/Chilean_cabinets_1990_2014.csv');
if (existsSync(chile)) {
  for (const r of table(chile)) {
    const category = /Relaciones Exteriores/i.test(r.ministry) ? 'foreign' : /Defensa/i.test(r.ministry) ? 'defense' : null;
    if (!category || r.end_minister < SINCE) continue;
    const [surnames, given] = r.name.split(',').map((s) => s.trim());
    const first = given.split(/\s+/)[0];
    const paternal = surnames.split(/\s+/)[0];
    entries.push({ name: `${first} ${paternal}`, aliases: [`${given} ${surnames}`], country: 'CL', roles: [{ role: category === 'foreign' ? 'Ministro de Relaciones Exteriores' : 'Ministro de Defensa Nacional', category, from: r.start_minister, to: r.end_minister }], source: 'Chilean cabinets 1990–2014 (CC BY 4.0, doi:10.5281/zenodo.5744536), row ' + r.id });
  }
}

// Merge spells of the same person.
const merged = new Map<string, Entry>();
for (const e of entries) {
  const key = `${e.country}|${e.name}`;
  const prev = merged.get(key);
  if (!prev) merged.set(key, { ...e, aliases: [...e.aliases] });
  else {
    prev.roles.push(...e.roles);
    for (const a of e.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
  }
}
const out = [...merged.values()].map((e) => ({ ...e, roles: e.roles.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))) }));
writeFileSync(join(here, 'leaders.generated.json'), JSON.stringify(out, null, 0).replace(/\},\{"name"/g, '},\n{"name"') + '\n');
console.log(`wrote ${out.length} officials`);
