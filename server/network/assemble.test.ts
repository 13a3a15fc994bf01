import { Network } from '../domain/network/schema.js';
import { assembleNetwork, filterAttendance, idsNeeded } from './assemble.js';
import { attendance, kept, records, ties } from './network.fixtures.js';
import { egoOf } from './ego.js';

const all = { minWeight: 1, includeOrganizations: true, includePersons: false, eventIdsPerEdge: 5 };

describe('network assembly', () => {
  test('one edge per pair and relation, typed for cytoscape, valid against the Network schema', () => {
    const net = assembleNetwork({ ...kept(), records, window: { from: '2024', to: '2024-12' } });
    expect(Network.safeParse(net).success).toBe(true);
    expect(net.edges.map((e) => e.data.id)).toEqual(['met:country:JP|country:US', 'met:country:JP|country:VN', 'met:country:VN|org:ASEAN', 'pact:country:JP|country:US']);
    const jpUs = net.edges.find((e) => e.data.id === 'met:country:JP|country:US')!.data;
    expect(jpUs).toMatchObject({ source: 'country:JP', target: 'country:US', relation: 'met', weight: 3, meetings: 3, pacts: 0, kinds: ['ministerial', 'summit'], firstDate: '2024-01-10', lastDate: '2024-11-02' });
    expect(net.window).toEqual({ from: '2024', to: '2024-12' });
  });

  test('node weight counts distinct events; countries carry names and geography', () => {
    const net = assembleNetwork({ ...kept(), records, window: {} });
    const jp = net.nodes.find((n) => n.data.id === 'country:JP')!.data;
    expect(jp).toMatchObject({ kind: 'country', label: 'Japan', code: 'JP', region: 'Asia', lat: 36, lon: 138, weight: 5, names: { en: 'Japan', ja: '日本', es: 'Japón' } });
    expect(net.nodes.find((n) => n.data.id === 'org:ASEAN')!.data).toMatchObject({ kind: 'organization', label: 'ASEAN', weight: 2 });
  });

  test('filtered ties: node weights count the events on the ties kept', () => {
    const net = assembleNetwork({ ...kept(ties, { includeOrganizations: false }), records, window: {} });
    expect(net.nodes.map((n) => [n.data.id, n.data.weight])).toEqual([['country:JP', 5], ['country:US', 4], ['country:VN', 1]]);
  });

  test('the person layer adds person–person meetings and represents edges', () => {
    const rows = filterAttendance(attendance, { ...all, includePersons: true });
    expect(idsNeeded(ties, rows)).toEqual(expect.arrayContaining(['person:aaaa1111', 'person:bbbb2222']));
    const net = assembleNetwork({ ...kept(), attendance: rows, records, window: {} });
    const pp = net.edges.find((e) => e.data.id === 'met:person:aaaa1111|person:bbbb2222')!.data;
    expect(pp).toMatchObject({ relation: 'met', weight: 1, eventIds: ['meeting:04'] });
    expect(net.edges.find((e) => e.data.id === 'represents:person:aaaa1111|country:JP')).toBeDefined();
    expect(net.nodes.find((n) => n.data.id === 'person:aaaa1111')!.data).toMatchObject({ kind: 'person', label: 'Ana Ito', country: 'country:JP', weight: 2 });
  });

  test('ego keeps nodes within depth and the edges among them', () => {
    const net = assembleNetwork({ ...kept(), records, window: {} });
    const one = egoOf(net, 'country:US', 1);
    expect(one.nodes.map((n) => n.data.id).sort()).toEqual(['country:JP', 'country:US']);
    const two = egoOf(net, 'country:US', 2);
    expect(two.nodes.map((n) => n.data.id).sort()).toEqual(['country:JP', 'country:US', 'country:VN']);
    expect(two.nodes.find((n) => n.data.id === 'country:VN')!.data.depth).toBe(2);
    expect(egoOf(net, 'country:US', 3).nodes).toHaveLength(4);
  });
});
