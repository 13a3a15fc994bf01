// The benchmark's one table: each figure per store side by side, its target and pass/fail, and
// the same rows as JSON under test/bench/results/<timestamp>.json for comparing commits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type StoreName = 'embedded' | 'neo4j' | 'client';

export interface Figure {
  /** Stable key, e.g. "query.network-year.p95"; the same key for both stores. */
  key: string;
  label: string;
  store: StoreName;
  value: number | null;
  unit: string;
  /** e.g. "≤ 150 ms"; absent for figures reported for information. */
  target?: string;
  pass?: boolean | null;
  note?: string;
}

export class Results {
  readonly figures: Figure[] = [];
  constructor(readonly meta: Record<string, unknown>) {}

  add(f: Figure): Figure {
    this.figures.push(f);
    const shown = f.value === null ? 'not measured' : f.unit === 'yes/no' ? (f.value ? 'yes' : 'no') : `${format(f.value)} ${f.unit}`;
    console.error(`  [${f.store}] ${f.label}: ${shown}${f.target ? ` (target ${f.target}: ${f.pass ? 'pass' : f.pass === false ? 'FAIL' : '—'})` : ''}${f.note ? ` — ${f.note}` : ''}`);
    return f;
  }

  /** One row per key: the value for each store side by side. */
  table(): string {
    const keys = [...new Set(this.figures.map((f) => f.key))];
    const stores: StoreName[] = ['embedded', 'neo4j', 'client'].filter((s) => this.figures.some((f) => f.store === s)) as StoreName[];
    const shown = (f: Figure) => (f.unit === 'yes/no' ? (f.value ? 'yes' : 'no') : `${format(f.value!)} ${f.unit}`);
    const cell = (f?: Figure) => (!f ? '' : f.value === null ? 'not measured' : `${shown(f)}${f.pass === true ? ' ✓' : f.pass === false ? ' ✗' : ''}`);
    const header = ['figure', ...stores.map((s) => (s === 'embedded' ? `embedded (${this.meta.meetings} mtg)` : s === 'neo4j' ? `neo4j (${this.meta.neo4jMeetings ?? '–'} mtg)` : 'client')), 'target'];
    const rows = keys.map((k) => {
      const fs = this.figures.filter((f) => f.key === k);
      return [fs[0].label, ...stores.map((s) => cell(fs.find((f) => f.store === s))), fs.find((f) => f.target)?.target ?? ''];
    });
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
    const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' │ ');
    const notes = this.figures.filter((f) => f.note).map((f) => `  · [${f.store}] ${f.label}: ${f.note}`);
    // The issue sets its targets for the embedded store and the client; Neo4j is held to the same
    // figures for comparison (which one to run at this size), and counted apart.
    const count = (ofNeo4j: boolean) => {
      const fs = this.figures.filter((f) => (f.store === 'neo4j') === ofNeo4j);
      return `${fs.filter((f) => f.pass === true).length} pass, ${fs.filter((f) => f.pass === false).length} fail`;
    };
    const summary = `targets: embedded store and client ${count(false)}; Neo4j against the same figures ${count(true)} (✓ pass, ✗ fail; values without a mark are for information)`;
    return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line), '', summary, ...(notes.length ? ['notes:', ...notes] : [])].join('\n');
  }

  write(dir: string): string {
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(dir, `${stamp}.json`);
    writeFileSync(file, `${JSON.stringify({ ...this.meta, machine: machine(), figures: this.figures }, null, 1)}\n`);
    return file;
  }
}

function format(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a >= 1000 ? Math.round(v).toLocaleString('en-US') : a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function machine() {
  let commit = 'unknown';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { /* not a checkout */ }
  return { commit, node: process.version, cpus: os.cpus().length, memoryMB: Math.round(os.totalmem() / 2 ** 20), loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) };
}
