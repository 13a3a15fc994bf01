import { assembleNetwork } from '../../network/assemble.js';
import { egoOf } from '../../network/ego.js';
import { attendance, kept, records } from '../../network/network.fixtures.js';
import { fromColumns, toColumns } from './columns.js';
import { Network, NetworkColumns } from './schema.js';

const withPersons = () => assembleNetwork({ ...kept(), attendance, records, window: { from: '2024' }, meta: { view: 'network' } });

describe('network columns', () => {
  test('a network with persons, represents edges and several kinds comes back unchanged', () => {
    const net = withPersons();
    expect(net.edges.map((e) => e.data.relation)).toEqual(expect.arrayContaining(['met', 'pact', 'represents']));
    const columns = toColumns(net);
    expect(NetworkColumns.safeParse(columns).success).toBe(true);
    const back = fromColumns(JSON.parse(JSON.stringify(columns)));
    expect(Network.safeParse(back).success).toBe(true);
    expect(back).toEqual(JSON.parse(JSON.stringify(net)));
  });

  test('each edge is one position in every column; ends are node positions; repeated values are listed once', () => {
    const net = withPersons();
    const c = toColumns(net);
    const E = net.edges.length;
    for (const column of [c.edges.source, c.edges.target, c.edges.relation, c.edges.kinds, c.edges.weight, c.edges.firstDate, c.edges.lastDate, c.edges.eventIdCount]) expect(column).toHaveLength(E);
    expect(c.edges.eventIds).toHaveLength(net.edges.reduce((n, e) => n + e.data.eventIds.length, 0));
    expect(new Set(c.edges.relations).size).toBe(c.edges.relations.length);
    expect(new Set(c.edges.kindSets.map((k) => k.join())).size).toBe(c.edges.kindSets.length);
    const i = net.edges.findIndex((e) => e.data.id === 'met:country:JP|country:US');
    expect(c.nodes[c.edges.source[i]].id).toBe('country:JP');
    expect(c.nodes[c.edges.target[i]].id).toBe('country:US');
    expect(c.edges.kindSets[c.edges.kinds[i]]).toEqual(['ministerial', 'summit']);
    // Dates too: each once in `dates`, an edge without one (a person's represents edge) has null.
    expect(new Set(c.edges.dates).size).toBe(c.edges.dates.length);
    expect(c.edges.dates[c.edges.firstDate[i]!]).toBe(net.edges[i].data.firstDate);
    const r = net.edges.findIndex((e) => e.data.relation === 'represents');
    expect([c.edges.firstDate[r], c.edges.lastDate[r]]).toEqual([null, null]);
  });

  test('an ego network (nodes with their depth) and an empty network survive the trip', () => {
    const ego = egoOf(withPersons(), 'country:VN', 1);
    expect(fromColumns(toColumns(ego))).toEqual(ego);
    const empty = { nodes: [], edges: [], window: { from: null, to: null } };
    expect(fromColumns(toColumns(empty))).toEqual(empty);
  });

  test('edges columns cannot carry are refused with the edge named', () => {
    const net = withPersons();
    const dangling = { ...net, nodes: net.nodes.filter((n) => n.data.id !== 'country:US') };
    expect(() => toColumns(dangling)).toThrow(/met:country:JP\|country:US.*not a node/);
    const renamed = { ...net, edges: net.edges.map((e, i) => (i ? e : { data: { ...e.data, id: 'custom' } })) };
    expect(() => toColumns(renamed)).toThrow(/custom/);
    const extra = { ...net, edges: net.edges.map((e, i) => (i ? e : { data: { ...e.data, colour: 'red' } })) };
    expect(() => toColumns(extra)).toThrow(/colour/);
    const miscounted = { ...net, edges: net.edges.map((e, i) => (i ? e : { data: { ...e.data, pacts: e.data.pacts + 1 } })) };
    expect(() => toColumns(miscounted)).toThrow(new RegExp(`${net.edges[0].data.id.replace(/[|]/g, '\\|')} has \\d+ meetings and \\d+ pacts`));
  });

  test('meetings and pacts are rebuilt from weight and relation; without event ids there is no count column', () => {
    const net = withPersons();
    const bare = { ...net, edges: net.edges.map((e) => ({ data: { ...e.data, eventIds: [] } })) };
    const c = toColumns(bare);
    expect(c.edges).not.toHaveProperty('eventIdCount');
    expect(c.edges).not.toHaveProperty('meetings');
    expect(NetworkColumns.safeParse(c).success).toBe(true);
    expect(fromColumns(JSON.parse(JSON.stringify(c)))).toEqual(JSON.parse(JSON.stringify(bare)));
    const counts = Object.fromEntries(net.edges.map((e) => [e.data.relation, [e.data.meetings > 0, e.data.pacts > 0]]));
    expect(counts).toEqual({ met: [true, false], pact: [false, true], represents: [false, false] });
  });
});
