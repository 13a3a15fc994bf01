// Shortest paths over the TIE graph with the engine's own `* SHORTEST` pattern. The engine does
// not accept parameters inside a recursive pattern's predicate (checked on 0.19.1), so the
// window/relation/kind predicate is rendered here as literals from values validated against
// closed formats: YYYY-MM-DD days and the domain's relation and kind enums. Nothing else can
// reach the query text.
import { MEETING_KINDS, PACT_KINDS } from '../../domain/event/schema.js';
import { RELATIONS } from '../../domain/network/schema.js';
import { StoreError, type PathSearch, type TieQuery } from '../graph-store.js';
import { daySpan } from '../window.js';
import type { Params, Row } from './connection.js';
import { tableOf } from './tables.js';

type Run = (name: string, labels: Record<string, string>, params: Params) => Promise<Row[]>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checked<T extends string>(values: readonly string[], allowed: readonly T[], what: string): T[] {
  for (const v of values) if (!allowed.includes(v as T)) throw new StoreError(`${what} "${v}" is not one of ${allowed.join(', ')}`, 'invalid');
  return values as T[];
}

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;

/** The recursive-pattern predicate on a TIE `r` for this query. */
export function tieFilterLiteral(query: TieQuery): string {
  const { from, to } = daySpan(query);
  if (!DAY.test(from) || !DAY.test(to)) throw new StoreError(`window ${from}..${to} is not made of YYYY-MM-DD days`, 'invalid');
  const relations = checked(query.relations, RELATIONS, 'relation');
  const parts = [`r.dateFrom <= date('${to}')`, `r.dateTo >= date('${from}')`, `r.relation IN ${list(relations)}`];
  if (query.meetingKinds?.length) parts.push(`(r.relation <> 'met' OR r.kind IN ${list(checked(query.meetingKinds, MEETING_KINDS, 'meeting kind'))})`);
  if (query.pactKinds?.length) parts.push(`(r.relation <> 'pact' OR r.kind IN ${list(checked(query.pactKinds, PACT_KINDS, 'pact kind'))})`);
  return parts.join(' AND ');
}

/** Parameters of the same filter for queries outside a recursive pattern. */
export function tieFilterParams(query: TieQuery): Params {
  const { from, to } = daySpan(query);
  return {
    from, to, relations: [...query.relations, ''],
    anyMeetingKind: !query.meetingKinds?.length, meetingKinds: [...(query.meetingKinds ?? []), ''],
    anyPactKind: !query.pactKinds?.length, pactKinds: [...(query.pactKinds ?? []), ''],
  };
}

const ACTOR_TABLES = ['Country', 'Organization'];

export async function shortestPaths(run: Run, query: PathSearch): Promise<string[][]> {
  if (!Number.isInteger(query.maxHops) || query.maxHops < 1 || query.maxHops > 30) throw new StoreError(`maxHops ${query.maxHops} is not a whole number from 1 to 30`, 'invalid');
  const A = tableOf(query.source), B = tableOf(query.target);
  if (!A || !B || !ACTOR_TABLES.includes(A) || !ACTOR_TABLES.includes(B) || !query.relations.length) return [];
  if (query.source === query.target) return [[query.source]];
  const Filter = tieFilterLiteral(query);
  const MaxHops = String(query.maxHops);
  if (!query.all) {
    const rows = await run('shortest-paths', { A, B, Filter, MaxHops }, { source: query.source, target: query.target });
    return rows.length ? [rows[0].ids as string[]] : [];
  }
  // Every shortest node sequence: enumerating the engine's ALL SHORTEST would multiply by the
  // parallel TIEs of each hop (one per event), so walk hop distances from both ends instead.
  const fromSource = await distances(run, query.source, A, Filter, MaxHops);
  const hops = fromSource.get(query.target);
  if (hops === undefined) return [];
  if (hops === 1) return [[query.source, query.target]];
  const fromTarget = await distances(run, query.target, B, Filter, String(hops - 1));
  const onPath = [...fromSource].filter(([id, d]) => d < hops && fromTarget.get(id) === hops - d).map(([id]) => id);
  const ids = [query.source, query.target, ...onPath];
  const depth = (id: string) => (id === query.source ? 0 : id === query.target ? hops : fromSource.get(id)!);
  const next = new Map<string, Set<string>>();
  for (const table of ACTOR_TABLES) {
    const rows = await run('path-links', { A: table }, { ids, ...tieFilterParams(query) });
    for (const r of rows) {
      const a = String(r.a), b = String(r.b);
      if (depth(b) === depth(a) + 1) (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b);
    }
  }
  const paths: string[][] = [];
  const walk = (trail: string[]) => {
    const last = trail[trail.length - 1];
    if (last === query.target) { paths.push(trail); return; }
    for (const n of next.get(last) ?? []) walk([...trail, n]);
  };
  walk([query.source]);
  return paths.sort(compareTrails);
}

async function distances(run: Run, source: string, A: string, Filter: string, MaxHops: string): Promise<Map<string, number>> {
  const rows = await run('path-distances', { A, Filter, MaxHops }, { source });
  const m = new Map<string, number>([[source, 0]]);
  for (const r of rows) { const id = String(r.id); const d = Number(r.hops); if (!m.has(id) || m.get(id)! > d) m.set(id, d); }
  return m;
}

function compareTrails(x: string[], y: string[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}
