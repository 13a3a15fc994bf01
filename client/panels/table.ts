// Text alternative to the picture: the visible nodes and ties as tables (also what screen
// reader users navigate). Rebuilt only while its tab is open.
import { clear, h } from '../dom.js';
import { formatNumber, t } from '../i18n/i18n.js';
import type { LabelOf } from './event-card.js';

export interface TableRows {
  nodes: { id: string; label: string; kind: string; weight: number }[];
  edges: { id: string; source: string; target: string; relation: string; kinds: string[]; weight: number }[];
}

const LIMIT = 500;

export function renderTables(root: HTMLElement, rows: TableRows, labelOf: LabelOf, select: (id: string) => void): void {
  const nodes = [...rows.nodes].sort((a, b) => b.weight - a.weight);
  const edges = [...rows.edges].sort((a, b) => b.weight - a.weight);
  const more = nodes.length > LIMIT || edges.length > LIMIT;
  clear(root,
    h('h2', {}, t('table.title')),
    h('p', { class: 'hint' }, t('table.summary', { nodes: formatNumber(nodes.length), ties: formatNumber(edges.length) }), more ? ` ${t('table.limited', { limit: formatNumber(LIMIT) })}` : ''),
    h('table', { class: 'data-table', id: 'nodes-table' },
      h('caption', { class: 'sr-only' }, t('table.nodesCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('table.name')), h('th', { scope: 'col' }, t('table.kind')), h('th', { scope: 'col' }, t('table.events')))),
      h('tbody', {}, nodes.slice(0, LIMIT).map((n) => h('tr', {},
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => select(n.id) }, n.label)), h('td', {}, t(`kind.${n.kind}`)), h('td', {}, formatNumber(n.weight)))))),
    h('h2', {}, t('table.ties')),
    h('table', { class: 'data-table', id: 'edges-table' },
      h('caption', { class: 'sr-only' }, t('table.tiesCaption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('table.between')), h('th', { scope: 'col' }, t('table.relation')), h('th', { scope: 'col' }, t('table.weight')))),
      h('tbody', {}, edges.slice(0, LIMIT).map((e) => h('tr', {},
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => select(e.id) }, `${labelOf(e.source)} – ${labelOf(e.target)}`)),
        h('td', {}, e.relation === 'pact' ? `${t('relation.pact')} (${e.kinds.map((k) => t(`pactKind.${k}`)).join(', ')})` : t(`relation.${e.relation}`)), h('td', {}, formatNumber(e.weight)))))));
}
