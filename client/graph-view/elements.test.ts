import type { Network } from '../api/types.js';
import { edgeWidth, labelFor, missingElements, nodeSize, tieKey, toElements, windowOverlay } from './elements.js';

const node = (id: string, weight: number, extra = {}) => ({ data: { id, kind: 'country' as const, label: id.slice(8), weight, names: { en: `${id} en`, ja: `${id} ja` }, region: 'Asia', ...extra } });
const edge = (source: string, target: string, relation: 'met' | 'pact', weight: number, kinds: string[] = []) => ({
  data: { id: `${relation}:${source}|${target}`, source, target, relation, kinds, weight, meetings: relation === 'met' ? weight : 0, pacts: relation === 'pact' ? weight : 0, eventIds: [] },
});
const network = (nodes: ReturnType<typeof node>[], edges: ReturnType<typeof edge>[]): Network => ({ nodes, edges, window: { from: null, to: null } });

describe('network → elements', () => {
  const net = network([node('country:JP', 10), node('country:VN', 1)], [edge('country:JP', 'country:VN', 'pact', 2, ['defense']), edge('country:JP', 'country:XX', 'met', 1)]);

  test('labels use the chosen language with a visibly marked fallback to the label', () => {
    expect(labelFor(net.nodes[0].data, 'ja')).toBe('country:JP ja');
    expect(labelFor(net.nodes[0].data, 'es')).toBe('JP*');
    expect(labelFor({ id: 'person:x', label: 'Ana', names: {} }, 'en')).toBe('Ana');
  });

  test('nodes are sized by weight and edges classed by relation family', () => {
    const els = toElements(net, 'en');
    const jp = els.find((e) => e.data.id === 'country:JP')!;
    const vn = els.find((e) => e.data.id === 'country:VN')!;
    expect(jp.data.size).toBeGreaterThan(vn.data.size as number);
    expect(jp.classes).toContain('region-Asia');
    const pact = els.find((e) => e.group === 'edges')!;
    expect(pact.classes).toBe('rel-pact family-defense');
    expect(pact.data.key).toBe('pact|country:JP|country:VN');
  });

  test('an edge to a node missing from the response is dropped, not added', () => {
    expect(toElements(net, 'en').filter((e) => e.group === 'edges')).toHaveLength(1);
  });

  test('sizes grow with weight and are bounded', () => {
    expect(nodeSize(0, 10)).toBe(nodeSize(-1, 10));
    expect(nodeSize(10, 10)).toBeGreaterThan(nodeSize(1, 10));
    expect(nodeSize(1000, 10)).toBe(nodeSize(10, 10));
    expect(edgeWidth(5, 5)).toBeGreaterThan(edgeWidth(1, 5));
  });

  test('tie keys ignore direction', () => {
    expect(tieKey({ source: 'b', target: 'a', relation: 'met' })).toBe(tieKey({ source: 'a', target: 'b', relation: 'met' }));
  });

  test('the window overlay lists what is active and what the base lacks', () => {
    const windowed = network([node('country:JP', 3), node('country:TH', 1)], [edge('country:JP', 'country:TH', 'met', 1)]);
    const overlay = windowOverlay(windowed);
    expect([...overlay.nodes.keys()]).toEqual(['country:JP', 'country:TH']);
    expect(overlay.edges.has('met|country:JP|country:TH')).toBe(true);
    const missing = missingElements(new Set(['country:JP', 'pact|country:JP|country:VN']), windowed, 'en');
    expect(missing.map((e) => e.data.id)).toEqual(['country:TH', 'met:country:JP|country:TH']);
  });
});
