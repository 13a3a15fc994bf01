// Paths between two entities in the window's tie graph: shortest and all-shortest from the
// store's own path patterns, k-shortest with Yen's algorithm in JS. A person endpoint joins
// the graph through the meetings it attended. Every hop is explained by the events behind it.
import type { AttendanceRow, EvidenceRecord, GraphStore, TieAggregate, TieQuery } from '../store/graph-store.js';
import type { EdgeData, EventSummary, Network, NodeData, PathQuery } from '../domain/network/schema.js';
import { NotFoundError, UnprocessableError } from '../domain/errors.js';
import { edgeIdOf } from '../domain/network/columns.js';
import { edgeOfTie } from './assemble.js';
import { firstDay } from '../domain/dates/partial-date.js';
import { nodeDataOf, placeholderNode } from './nodes.js';
import { tieQueryOf } from './network-of.js';
import { pairKey, tieGraph } from './tie-graph.js';
import { allShortestPaths, kShortestPaths } from './yen.js';

/** Events explaining one hop, newest first; the first carries its supporting quote (reading an
 * event's evidence is the costliest lookup, so the rest are left to GET /api/events/:id). */
export const EVENTS_PER_HOP = 3;
const QUOTED_PER_HOP = 1;
const ALL_SHORTEST_LIMIT = 50;
/** Event ids on a path edge, newest first (a path has few edges, so more than a network's). */
const PATH_EDGE_EVENT_IDS = 50;

export type HopEvent = EventSummary & { evidence: Omit<EvidenceRecord, 'start' | 'end' | 'rule'> | null };
export interface PathHop { source: string; target: string; total: number; events: HopEvent[] }
export interface FoundPath { nodes: string[]; hops: PathHop[] }
export interface PathsResult { paths: FoundPath[]; network: Network }

const isPerson = (id: string) => id.startsWith('person:');

export async function findPaths(store: GraphStore, q: PathQuery): Promise<PathsResult> {
  const endpoints = await store.getNodes([q.source, q.target]);
  for (const id of [q.source, q.target]) {
    const record = endpoints.find((r) => r.id === id);
    if (!record) throw new NotFoundError(`no entity with id ${id}`, [{ path: id === q.source ? 'source' : 'target', message: `unknown id ${id}` }]);
    if (!nodeDataOf(record, 0)) throw new UnprocessableError(`${id} is a ${record.kind}; paths run between countries, organisations and persons`, [{ path: id === q.source ? 'source' : 'target', message: 'not a country, organisation or person' }]);
  }
  const tq = tieQueryOf(q);
  const window = { from: q.from, to: q.to };
  const personal = isPerson(q.source) || isPerson(q.target);
  const useStorePaths = q.mode !== 'k' && !personal && q.source !== q.target;
  // The tie graph, the endpoints' meetings and the store's own path search are independent.
  // The store's own search needs no tie scan (the costliest read on a big graph): the path
  // network's edges then come from the hops' pair lookups.
  const [ties, attendanceAll, storePaths] = await Promise.all([
    useStorePaths ? Promise.resolve(null) : store.ties(tq),
    personal && q.relations.includes('met') ? store.attendance({ ...tq, relations: ['met'] }) : Promise.resolve([]),
    useStorePaths ? store.shortestPaths({ ...tq, source: q.source, target: q.target, maxHops: q.maxHops, all: q.mode === 'all' }) : Promise.resolve([]),
  ]);
  const attendance = attendanceAll.filter((r) => r.entities.includes(q.source) || r.entities.includes(q.target));

  let sequences: string[][];
  if (q.source === q.target) sequences = [];
  else if (useStorePaths) sequences = q.mode === 'shortest' ? storePaths.slice(0, 1) : dedupePaths(storePaths).slice(0, ALL_SHORTEST_LIMIT);
  else {
    // Only the endpoints' own meetings attach persons: a path never runs through a third person.
    const graph = tieGraph(ties ?? [], attendance.map((r) => ({ ...r, entities: r.entities.filter((e) => !isPerson(e) || e === q.source || e === q.target) })));
    sequences = q.mode === 'k' ? kShortestPaths(graph, q.source, q.target, q.k, q.maxHops)
      : q.mode === 'all' ? allShortestPaths(graph, q.source, q.target, q.maxHops, ALL_SHORTEST_LIMIT)
        : kShortestPaths(graph, q.source, q.target, 1, q.maxHops);
  }

  const explain = hopExplainer(store, tq, attendance);
  const paths: FoundPath[] = await Promise.all(sequences.map(async (nodes) => ({
    nodes,
    hops: await Promise.all(nodes.slice(1).map((target, i) => explain(nodes[i], target))),
  })));
  return { paths, network: await pathNetwork(store, paths, ties ?? (await tiesOfPairs(store, tq, paths)), attendance, window) };
}

/** Tie aggregates for just the actor pairs on the paths, from per-relation pair lookups (exact
 * counts; dates and event ids from the newest PATH_EDGE_EVENT_IDS events). */
async function tiesOfPairs(store: GraphStore, tq: TieQuery, paths: FoundPath[]): Promise<TieAggregate[]> {
  const pairs = new Map<string, [string, string]>();
  for (const p of paths) for (let i = 0; i + 1 < p.nodes.length; i++) {
    const [a, b] = [p.nodes[i], p.nodes[i + 1]].sort();
    if (!isPerson(a) && !isPerson(b)) pairs.set(pairKey(a, b), [a, b]);
  }
  const ties = await Promise.all([...pairs.values()].flatMap(([a, b]) => tq.relations.map(async (relation): Promise<TieAggregate | null> => {
    const page = await store.pairEvents(a, b, [relation], { from: tq.from, to: tq.to }, 0, PATH_EDGE_EVENT_IDS);
    if (!page.total) return null;
    const days = page.items.map((e) => e.date).filter((d): d is string => !!d).sort();
    // '' marks a date the page cannot tell (older events beyond it, or none dated); pathNetwork nulls it.
    const firstDate = page.total <= page.items.length && days.length ? firstDay(days[0]) : '';
    return { a, b, relation, kinds: [...new Set(page.items.map((e) => e.kind))].sort(), count: page.total, firstDate, lastDate: days.length ? firstDay(days.at(-1)!) : '', eventIds: page.items.map((e) => e.id) };
  })));
  return ties.filter((t): t is TieAggregate => t !== null);
}

function dedupePaths(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((p) => { const k = p.join('|'); if (seen.has(k)) return false; seen.add(k); return true; });
}

/** Explains hops with the events behind them; a pair is looked up once however many paths share it. */
function hopExplainer(store: GraphStore, tq: TieQuery, attendance: AttendanceRow[]) {
  const cache = new Map<string, Promise<{ total: number; events: HopEvent[] }>>();
  // Multilateral events explain many hops: read each one's evidence once.
  const details = new Map<string, ReturnType<GraphStore['eventDetail']>>();
  const detailOf = (id: string) => details.get(id) ?? details.set(id, store.eventDetail(id)).get(id)!;
  const withEvidence = async (summaries: EventSummary[]): Promise<HopEvent[]> =>
    Promise.all(summaries.map(async (s, i) => {
      if (i >= QUOTED_PER_HOP) return { ...s, evidence: null };
      const detail = await detailOf(s.id);
      const ev = detail?.evidence[0];
      return { ...s, evidence: ev ? { documentId: ev.documentId, documentTitle: ev.documentTitle, published: ev.published, lang: ev.lang, sourceName: ev.sourceName, sourceUrl: ev.sourceUrl, quote: ev.quote } : null };
    }));
  const lookup = async (a: string, b: string) => {
    if (isPerson(a) || isPerson(b)) {
      const shared = attendance.filter((r) => r.entities.includes(a) && r.entities.includes(b)).sort((x, y) => (x.dateFrom < y.dateFrom ? 1 : -1));
      const summaries: EventSummary[] = shared.slice(0, EVENTS_PER_HOP).map((r) => ({ id: r.meeting, type: 'meeting', kind: r.kind, date: r.dateFrom, endDate: r.dateTo === r.dateFrom ? null : r.dateTo, participants: r.entities }));
      return { total: shared.length, events: await withEvidence(summaries) };
    }
    const page = await store.pairEvents(a, b, tq.relations, { from: tq.from, to: tq.to }, 0, EVENTS_PER_HOP);
    return { total: page.total, events: await withEvidence(page.items) };
  };
  return async (a: string, b: string): Promise<PathHop> => {
    const key = pairKey(a, b);
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = lookup(a, b)));
    return { source: a, target: b, ...(await hit) };
  };
}

/** The union of the paths' nodes and edges, with the same edge ids as the network view. */
async function pathNetwork(store: GraphStore, paths: FoundPath[], ties: TieAggregate[], attendance: AttendanceRow[], window: { from?: string; to?: string }): Promise<Network> {
  const nodeIds = new Set<string>();
  const pairs = new Set<string>();
  for (const p of paths) {
    p.nodes.forEach((n) => nodeIds.add(n));
    for (let i = 0; i + 1 < p.nodes.length; i++) pairs.add(pairKey(p.nodes[i], p.nodes[i + 1]));
  }
  const edges: EdgeData[] = ties.filter((t) => pairs.has(pairKey(t.a, t.b))).map((t) => edgeOfTie(t, PATH_EDGE_EVENT_IDS)).map((e) => ({ ...e, firstDate: e.firstDate || null, lastDate: e.lastDate || null }));
  for (const key of pairs) {
    const [a, b] = key.split('|');
    const person = isPerson(a) ? a : isPerson(b) ? b : null;
    if (!person) continue;
    const actor = person === a ? b : a;
    const shared = attendance.filter((r) => r.entities.includes(person) && r.entities.includes(actor));
    const dates = shared.map((r) => r.dateFrom).sort();
    edges.push({ id: edgeIdOf('attended', person, actor), source: person, target: actor, relation: 'attended', kinds: [...new Set(shared.map((r) => r.kind))].sort(), weight: shared.length, meetings: shared.length, pacts: 0, firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null, eventIds: shared.map((r) => r.meeting).slice(0, PATH_EDGE_EVENT_IDS) });
  }
  const records = nodeIds.size ? await store.getNodes([...nodeIds]) : [];
  const weight = new Map<string, Set<string>>();
  for (const e of edges) for (const end of [e.source, e.target]) {
    const s = weight.get(end) ?? new Set<string>();
    e.eventIds.forEach((id) => s.add(id));
    weight.set(end, s);
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const nodes: { data: NodeData }[] = [...nodeIds].sort().map((id) => {
    const w = weight.get(id)?.size ?? 0;
    const r = byId.get(id);
    return { data: (r && nodeDataOf(r, w)) ?? placeholderNode(id, w) };
  });
  edges.sort((x, y) => (x.id < y.id ? -1 : 1));
  return { nodes, edges: edges.map((data) => ({ data })), window: { from: window.from ?? null, to: window.to ?? null }, meta: { view: 'path', paths: paths.length, nodeCount: nodes.length, edgeCount: edges.length } };
}
