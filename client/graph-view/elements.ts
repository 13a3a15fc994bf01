// Network (API shape) → Cytoscape element definitions, plus the per-window overlay that says
// which elements are visible and how heavy they are. Pure: no DOM, no Cytoscape instance.
import type { EdgeData, Network, NodeData } from '../api/types.js';
import { regionOf, tieFamilyOf } from './vocabulary.js';

export type Lang = 'en' | 'ja' | 'es';

export interface ElementDef {
  group: 'nodes' | 'edges';
  data: Record<string, unknown> & { id: string };
  classes?: string;
  position?: { x: number; y: number };
}

/** Appended to a name shown in another language than the chosen one (explained in the legend). */
export const FALLBACK_MARK = '*';

export function labelFor(node: Pick<NodeData, 'label' | 'names' | 'id'>, lang: Lang): string {
  const names = node.names as Record<string, string> | undefined;
  if (names?.[lang]) return names[lang];
  const fallback = node.label || node.id;
  // English is the data's own label language: only other languages mark a fallback.
  return lang === 'en' ? fallback : `${fallback}${FALLBACK_MARK}`;
}

/** Node diameter in pixels for an activity weight, on a square-root scale up to the heaviest. */
export function nodeSize(weight: number, maxWeight: number): number {
  if (!(maxWeight > 0) || !(weight > 0)) return 12;
  return Math.round(12 + 34 * Math.sqrt(Math.min(weight, maxWeight) / maxWeight));
}

export function edgeWidth(weight: number, maxWeight: number): number {
  if (!(maxWeight > 0) || !(weight > 0)) return 1;
  return Math.round((1 + 6 * Math.sqrt(Math.min(weight, maxWeight) / maxWeight)) * 10) / 10;
}

/** Identity of a tie independent of edge id and direction: the same tie in two responses. */
export function tieKey(edge: Pick<EdgeData, 'source' | 'target' | 'relation'>): string {
  const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${edge.relation}|${a}|${b}`;
}

function maxOf(values: number[]): number {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function nodeClasses(node: NodeData): string {
  const classes = [`kind-${node.kind}`];
  if (node.kind === 'country') classes.push(`region-${regionOf(node.region)}`);
  return classes.join(' ');
}

export function edgeClasses(edge: EdgeData): string {
  return `rel-${edge.relation} family-${tieFamilyOf(edge.relation, edge.kinds ?? [])}`;
}

export function toElements(network: Network, lang: Lang): ElementDef[] {
  const maxNode = maxOf(network.nodes.map((n) => n.data.weight));
  const maxEdge = maxOf(network.edges.map((e) => e.data.weight));
  const ids = new Set<string>();
  const out: ElementDef[] = [];
  for (const { data } of network.nodes) {
    if (ids.has(data.id)) continue;
    ids.add(data.id);
    out.push({ group: 'nodes', data: { ...data, display: labelFor(data, lang), size: nodeSize(data.weight, maxNode) }, classes: nodeClasses(data) });
  }
  for (const { data } of network.edges) {
    // An edge to a node the response left out would make cy.add() throw: drop it instead.
    if (!ids.has(data.source) || !ids.has(data.target) || ids.has(data.id)) continue;
    ids.add(data.id);
    out.push({ group: 'edges', data: { ...data, key: tieKey(data), width: edgeWidth(data.weight, maxEdge) }, classes: edgeClasses(data) });
  }
  return out;
}

export interface WindowOverlay {
  /** Node id → size for nodes active in the window. */
  nodes: Map<string, { weight: number; size: number }>;
  /** Tie key → width for ties active in the window. */
  edges: Map<string, { weight: number; width: number; meetings: number; pacts: number }>;
}

/** What the windowed (or snapshot) network says about the base elements. */
export function windowOverlay(windowed: Network): WindowOverlay {
  const maxNode = maxOf(windowed.nodes.map((n) => n.data.weight));
  const maxEdge = maxOf(windowed.edges.map((e) => e.data.weight));
  const nodes = new Map(windowed.nodes.map(({ data }) => [data.id, { weight: data.weight, size: nodeSize(data.weight, maxNode) }]));
  const edges = new Map(
    windowed.edges.map(({ data }) => [tieKey(data), { weight: data.weight, width: edgeWidth(data.weight, maxEdge), meetings: data.meetings, pacts: data.pacts }]),
  );
  return { nodes, edges };
}

/** Edges of the windowed network that the base network lacks (e.g. a pact signed after load). */
export function missingElements(base: Set<string>, windowed: Network, lang: Lang): ElementDef[] {
  return toElements(windowed, lang).filter((el) => !base.has(el.group === 'edges' ? String(el.data.key) : el.data.id));
}
