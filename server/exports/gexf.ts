// GEXF 1.3 in dynamic mode: edges carry start/end (their first and last event day) and nodes
// the span of their edges. Gephi Lite drops start/end when reading, so the same dates are also
// plain first_date / last_date attributes any tool can filter on. A pact tie stays open-ended:
// its last date is the last signing, and the pact holds after it as far as the store knows.
import { OPEN_END } from '../domain/interchange/plan.js';
import { escapeXml, flattenNetwork, type AttrType, type Column, type FlatElement } from './attributes.js';
import type { ExportFormat } from './format.js';

const GEXF_TYPE: Record<AttrType, string> = { boolean: 'boolean', integer: 'long', double: 'double', string: 'string' };
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function attributes(cls: 'node' | 'edge', columns: Column[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${escapeXml(c.key)}" title="${escapeXml(c.key)}" type="${GEXF_TYPE[c.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(el: FlatElement, skip: Set<string>): string {
  const values = Object.entries(el.attrs).filter(([k]) => !skip.has(k));
  return values.length ? `<attvalues>${values.map(([k, v]) => `<attvalue for="${escapeXml(k)}" value="${escapeXml(String(v))}"/>`).join('')}</attvalues>` : '';
}

/** start/end attributes of an interval; an open end (pacts still in force) is left out. */
function span(first: unknown, last: unknown): string {
  return `${isDay(first) ? ` start="${first}"` : ''}${isDay(last) && last !== OPEN_END ? ` end="${last}"` : ''}`;
}

export const gexf: ExportFormat = {
  id: 'gexf',
  extension: 'gexf',
  contentType: 'application/gexf+xml; charset=utf-8',
  description: 'GEXF 1.3, dynamic (Gephi, Gephi Lite)',
  write({ network }) {
    const flat = flattenNetwork(network);
    const nodeSpan = new Map<string, { first?: string; last?: string }>();
    const lastOf = (e: FlatElement) => (e.attrs.relation === 'pact' ? OPEN_END : e.attrs.last_date);
    for (const e of flat.edges) for (const end of [e.source!, e.target!]) {
      const s = nodeSpan.get(end) ?? {};
      const f = e.attrs.first_date, l = lastOf(e);
      if (isDay(f) && (!s.first || f < s.first)) s.first = f;
      if (isDay(l) && (!s.last || l > s.last)) s.last = l;
      nodeSpan.set(end, s);
    }
    const label = new Set(['label']);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
      `  <meta><creator>Entente</creator><description>${escapeXml(`Entente ${network.meta?.view ?? 'network'} ${network.window.from ?? ''}..${network.window.to ?? ''}`)}</description></meta>`,
      '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">',
      ...attributes('node', flat.nodeColumns.filter((c) => c.key !== 'label')),
      ...attributes('edge', flat.edgeColumns),
      '    <nodes>',
      ...flat.nodes.map((n) => {
        const s = nodeSpan.get(n.id) ?? {};
        return `      <node id="${escapeXml(n.id)}" label="${escapeXml(String(n.attrs.label ?? n.id))}"${span(s.first, s.last)}>${attvalues(n, label)}</node>`;
      }),
      '    </nodes>',
      '    <edges>',
      ...flat.edges.map((e) => `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source!)}" target="${escapeXml(e.target!)}" weight="${Number(e.attrs.weight ?? 1)}"${span(e.attrs.first_date, lastOf(e))}>${attvalues(e, new Set())}</edge>`),
      '    </edges>',
      '  </graph>',
      '</gexf>',
      '',
    ].join('\n');
  },
};
