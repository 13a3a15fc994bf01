// Text alternative to the picture: the visible nodes and ties as tables (also what screen
// reader users navigate). Rebuilt only while its tab is open.
import { clear, h } from '../dom.js';
import type { LabelOf } from './event-card.js';

export interface TableRows {
  nodes: { id: string; label: string; kind: string; weight: number }[];
  edges: { id: string; source: string; target: string; relation: string; kinds: string[]; weight: number }[];
}

const LIMIT = 500;

export function renderTables(root: HTMLElement, rows: TableRows, labelOf: LabelOf, select: (id: string) => void): void {
  const nodes = [...rows.nodes].sort((a, b) => b.weight - a.weight);
  const edges = [...rows.edges].sort((a, b) => b.weight - a.weight);
  clear(root,
    h('h2', {}, 'Visible nodes and ties'),
    h('p', { class: 'hint' }, `${nodes.length} nodes and ${edges.length} ties, heaviest first${nodes.length > LIMIT || edges.length > LIMIT ? ` (first ${LIMIT} of each shown; export CSV for all)` : ''}.`),
    h('table', { class: 'data-table', id: 'nodes-table' },
      h('caption', { class: 'sr-only' }, 'Visible nodes'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Events'))),
      h('tbody', {}, nodes.slice(0, LIMIT).map((n) => h('tr', {},
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => select(n.id) }, n.label)), h('td', {}, n.kind), h('td', {}, String(n.weight)))))),
    h('h2', {}, 'Ties'),
    h('table', { class: 'data-table', id: 'edges-table' },
      h('caption', { class: 'sr-only' }, 'Visible ties'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Between'), h('th', { scope: 'col' }, 'Relation'), h('th', { scope: 'col' }, 'Weight'))),
      h('tbody', {}, edges.slice(0, LIMIT).map((e) => h('tr', {},
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => select(e.id) }, `${labelOf(e.source)} – ${labelOf(e.target)}`)),
        h('td', {}, e.relation === 'pact' ? `pact (${e.kinds.join(', ')})` : e.relation), h('td', {}, String(e.weight)))))));
}
