// The three catalogues must hold the same keys (plural forms as each language's Intl.PluralRules
// needs them), and every key the code or index.html names must exist. Keys built at run time
// from a vocabulary (`metric.${m}`) are expanded from the same lists the code uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLOR_MODES, SIZE_METRICS } from '../analytics/metrics.js';
import { MEETING_KIND_LIST, NODE_KINDS, PACT_KIND_LIST, REGION_LIST, TIE_FAMILIES } from '../graph-view/vocabulary.js';

// The registry's ids, read from the format files (importing them would pull in Cytoscape).
const EXPORT_IDS = readdirSync(resolve(import.meta.dirname ?? '.', '../exports'))
  .filter((f) => !f.endsWith('.test.ts'))
  .flatMap((f) => [...readFileSync(resolve(import.meta.dirname ?? '.', '../exports', f), 'utf8').matchAll(/\bid: '([\w.]+)'|serverExport\('(\w+)'/g)].map((m) => m[1] ?? m[2]));
const CLIENT = resolve(import.meta.dirname ?? '.', '..');
const LANGS = ['en', 'ja', 'es'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
const load = (lang: string): Tree => JSON.parse(readFileSync(join(CLIENT, 'i18n/locales', `${lang}.json`), 'utf8'));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Key → plural forms present (empty set for a plain key). */
function baseKeys(flat: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    if (!out.has(base)) out.set(base, new Set());
    if (m) out.get(base)!.add(m[1]);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Literal keys in code (t('x.y'), tr('x.y'), action: 'help.x') and markup (data-i18n, data-i18n-attr). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sources(CLIENT)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|tr)\(\s*'([a-zA-Z][\w.]*)'/g)) used.set(m[1], file);
    for (const m of text.matchAll(/action: '([a-zA-Z][\w.]*)'/g)) used.set(m[1], file);
    for (const m of text.matchAll(/'data-i18n(?:-attr)?': '([^']+)'/g)) for (const part of m[1].split(';')) used.set(part.split(':').pop()!.trim(), file);
    // Keys built from a prefix and a checked list, e.g. checkGroup('filters.relations', …, 'filters.relation').
    for (const m of text.matchAll(/checkGroup\('([\w.]+)', '\w+', [^,]+, '([\w.]+)'(?:, '([\w.]+)')?/g)) [m[1], m[3]].filter(Boolean).forEach((k) => used.set(k!, file));
  }
  const html = readFileSync(join(CLIENT, 'index.html'), 'utf8');
  for (const m of html.matchAll(/data-i18n="([^"]+)"/g)) used.set(m[1], 'index.html');
  for (const m of html.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const part of m[1].split(';')) used.set(part.split(':')[1].trim(), 'index.html');
  const dynamic: [string, readonly string[]][] = [
    ['metric', SIZE_METRICS], ['colorBy', COLOR_MODES], ['region', [...REGION_LIST, 'other']], ['kind', NODE_KINDS.map((k) => k.id)],
    ['family', TIE_FAMILIES.map((f) => f.id)], ['meetingKind', MEETING_KIND_LIST], ['pactKind', PACT_KIND_LIST],
    ['relation', ['met', 'pact', 'represents', 'attended']], ['report.col', ['date', 'event', 'title', 'participants', 'place', 'evidence', 'source']], ['eventType', ['meeting', 'pact']], ['filters.relation', ['met', 'pact']],
  ];
  for (const [prefix, values] of dynamic) for (const v of values) used.set(`${prefix}.${v}`, 'vocabulary');
  for (const id of EXPORT_IDS) for (const part of ['label', 'description']) used.set(`exportFormat.${id.replace(/\./g, '_')}.${part}`, 'exports/registry.ts');
  for (const group of ['Picture', 'Data', 'Report']) used.set(`export.group.${group}`, 'export-menu.ts');
  for (const kind of ['unreachable', 'store', 'filters', 'window']) for (const part of ['title', 'text']) used.set(`empty.${kind}.${part}`, 'app.ts showEmpty');
  return used;
}

describe('interface catalogues (client/i18n/locales)', () => {
  const catalogues = Object.fromEntries(LANGS.map((l) => [l, baseKeys(flatten(load(l)))]));

  test.each(LANGS)('%s has every key another catalogue has', (lang) => {
    const missing = new Set<string>();
    for (const other of LANGS) for (const key of catalogues[other].keys()) if (!catalogues[lang].has(key)) missing.add(key);
    expect([...missing].sort()).toEqual([]);
  });

  test.each(LANGS)('%s has the plural forms its language needs', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set<string>();
    for (const l of LANGS) for (const [key, forms] of catalogues[l]) if (forms.size) plurals.add(key);
    const gaps: string[] = [];
    for (const key of plurals) for (const form of needed) if (!catalogues[lang].get(key)?.has(form)) gaps.push(`${key}_${form}`);
    expect(gaps.sort()).toEqual([]);
  });

  test('every key used in code or markup exists', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter(([key]) => !catalogues.en.has(key)).map(([key, file]) => `${key} (${file.replace(CLIENT, 'client')})`);
    expect(missing).toEqual([]);
  });

  test.each(LANGS)('%s: no empty strings and placeholders match English', (lang) => {
    const en = flatten(load('en'));
    const flat = flatten(load(lang));
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((v) => v !== 'count').sort();
    const problems: string[] = [];
    for (const [key, value] of flat) {
      if (!value.trim()) problems.push(`${key} is empty`);
      const base = key.replace(PLURAL, '');
      const reference = en.get(key) ?? en.get(`${base}_other`);
      if (reference !== undefined && JSON.stringify(vars(value)) !== JSON.stringify(vars(reference))) problems.push(`${key}: {{${vars(value)}}} vs English {{${vars(reference)}}}`);
    }
    expect(problems).toEqual([]);
  });
});
