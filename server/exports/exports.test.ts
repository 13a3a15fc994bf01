import { MultiUndirectedGraph } from 'graphology';
import type { GraphConstructor } from 'graphology-types';

const Graph = MultiUndirectedGraph as unknown as GraphConstructor;
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { assembleNetwork } from '../network/assemble.js';
import { kept, records } from '../network/network.fixtures.js';
import { EXPORT_FORMATS, exportFileName, exportFormat } from './registry.js';

const network = assembleNetwork({ ...kept(), records, window: { from: '2024-01-01', to: '2024-12-31' }, meta: { view: 'network' } });
// A label with characters XML and CSV must escape.
network.nodes[0].data.label = 'Japan <"&"> , \n';
const input = { view: 'network', network };

describe('exports', () => {
  test('GraphML reads back with typed attributes and scalar values', () => {
    const g = parseGraphml(Graph, exportFormat('graphml')!.write(input) as string);
    expect(g.order).toBe(network.nodes.length);
    expect(g.size).toBe(network.edges.length);
    expect(g.getNodeAttribute('country:JP', 'label')).toBe('Japan <"&"> , \n');
    expect(g.getNodeAttribute('country:JP', 'lat')).toBe(36);
    expect(g.getNodeAttribute('country:VN', 'lat')).toBeCloseTo(16.17);
    expect(g.getNodeAttribute('country:JP', 'name_ja')).toBe('日本');
    const edge = g.findEdge((_e, a) => a.relation === 'met' && a.weight === 3)!;
    expect(g.getEdgeAttributes(edge)).toMatchObject({ meetings: 3, pacts: 0, kinds: 'ministerial|summit', first_date: '2024-01-10', last_date: '2024-11-02' });
    for (const attrs of [...g.mapNodes((_n, a) => a), ...g.mapEdges((_e, a) => a)]) for (const v of Object.values(attrs)) expect(['string', 'number', 'boolean']).toContain(typeof v);
  });

  test('GEXF 1.3 is dynamic with date intervals and plain date attributes', () => {
    const xml = exportFormat('gexf')!.write(input) as string;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const graphEl = doc.getElementsByTagName('graph')[0];
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    expect(graphEl.getAttribute('mode')).toBe('dynamic');
    expect(graphEl.getAttribute('timeformat')).toBe('date');
    const edges = Array.from(doc.getElementsByTagName('edge'));
    const jpUs = edges.find((e) => e.getAttribute('id') === 'met:country:JP|country:US')!;
    expect([jpUs.getAttribute('start'), jpUs.getAttribute('end')]).toEqual(['2024-01-10', '2024-11-02']);
    // A pact tie is open-ended (in force after its signing), and so is a node with one.
    const pact = edges.find((e) => e.getAttribute('id') === 'pact:country:JP|country:US')!;
    expect(pact.getAttribute('start')).toBe('1960-01-19');
    expect(pact.hasAttribute('end')).toBe(false);
    const jp = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'country:JP')!;
    expect(jp.getAttribute('start')).toBe('1960-01-19');
    expect(jp.hasAttribute('end')).toBe(false);
    const vn = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'country:VN')!;
    expect([vn.getAttribute('start'), vn.getAttribute('end')]).toEqual(['2024-02-01', '2024-09-09']);

    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(network.nodes.length);
    expect(g.size).toBe(network.edges.length);
    const e = g.findEdge((_k, a) => a.relation === 'met' && a.weight === 3)!;
    expect(g.getEdgeAttributes(e)).toMatchObject({ first_date: '2024-01-10', last_date: '2024-11-02', meetings: 3 });
    expect(typeof g.getNodeAttribute('country:JP', 'lon')).toBe('number');
    expect(g.getNodeAttribute('country:JP', 'label')).toBe('Japan <"&"> , \n');
  });

  test('Cytoscape JSON has elements.nodes/edges with data ids and scalar attributes', () => {
    const doc = JSON.parse(exportFormat('cyjs')!.write(input) as string);
    expect(doc.elements.nodes).toHaveLength(network.nodes.length);
    expect(doc.elements.edges[0].data).toMatchObject({ id: expect.any(String), source: expect.any(String), target: expect.any(String), interaction: expect.any(String) });
    for (const el of [...doc.elements.nodes, ...doc.elements.edges]) for (const v of Object.values(el.data)) expect(['string', 'number', 'boolean']).toContain(typeof v);
  });

  test('CSV tables parse back with one row per element and quoted fields intact', () => {
    const nodes = parseCsv(exportFormat('nodes.csv')!.write(input) as string, { columns: true }) as Record<string, string>[];
    expect(nodes).toHaveLength(network.nodes.length);
    expect(nodes.find((r) => r.id === 'country:JP')).toMatchObject({ label: 'Japan <"&"> , \n', code: 'JP', lat: '36' });
    const edges = parseCsv(exportFormat('edges.csv')!.write(input) as string, { columns: true }) as Record<string, string>[];
    expect(edges).toHaveLength(network.edges.length);
    expect(edges[0]).toHaveProperty('source');
    expect(edges.find((r) => r.id === 'met:country:JP|country:US')).toMatchObject({ weight: '3', first_date: '2024-01-10' });
  });

  test('registry: distinct ids and extensions, file names carry view and window', () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    expect(exportFileName('network', network.window, exportFormat('graphml')!)).toBe('entente-network-2024-01-01_2024-12-31.graphml');
    expect(exportFileName('ego', {}, exportFormat('nodes.csv')!)).toBe('entente-ego-all_all.nodes.csv');
  });
});
