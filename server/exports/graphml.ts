// GraphML: one typed <key> per attribute (NetworkX refuses list values, so lists are joined strings).
import { escapeXml, flattenNetwork, type AttrType, type Column, type FlatElement } from './attributes.js';
import type { ExportFormat } from './format.js';

const GRAPHML_TYPE: Record<AttrType, string> = { boolean: 'boolean', integer: 'long', double: 'double', string: 'string' };

function keys(domain: 'node' | 'edge', columns: Column[]): string[] {
  return columns.map((c) => `  <key id="${domain[0]}_${escapeXml(c.key)}" for="${domain}" attr.name="${escapeXml(c.key)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
}

function data(domain: 'node' | 'edge', el: FlatElement): string {
  return Object.entries(el.attrs).map(([k, v]) => `<data key="${domain[0]}_${escapeXml(k)}">${escapeXml(String(v))}</data>`).join('');
}

export const graphml: ExportFormat = {
  id: 'graphml',
  extension: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  description: 'GraphML (yEd, Gephi, NetworkX, igraph)',
  write({ network }) {
    const flat = flattenNetwork(network);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...keys('node', flat.nodeColumns),
      ...keys('edge', flat.edgeColumns),
      '  <graph id="entente" edgedefault="undirected">',
      ...flat.nodes.map((n) => `    <node id="${escapeXml(n.id)}">${data('node', n)}</node>`),
      ...flat.edges.map((e) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source!)}" target="${escapeXml(e.target!)}">${data('edge', e)}</edge>`),
      '  </graph>',
      '</graphml>',
      '',
    ].join('\n');
  },
};
