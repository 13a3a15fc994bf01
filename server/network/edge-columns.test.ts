import { countsOf, edgeIdOf, fromColumns } from '../domain/network/columns.js';
import type { EdgeData } from '../domain/network/schema.js';
import { EdgeColumnsBuilder, selectEdges } from './edge-columns.js';

const edge = (relation: EdgeData['relation'], source: string, target: string, eventIds: string[] = []): EdgeData =>
  ({ id: edgeIdOf(relation, source, target), source, target, relation, kinds: [], weight: 1, ...countsOf(relation, 1), firstDate: null, lastDate: null, eventIds });

/** Store order (a, b, relation), with an id that is a prefix of another ('|' sorts after letters). */
const storeOrder = [edge('met', 'org:EU', 'org:X'), edge('pact', 'org:EU', 'org:X'), edge('met', 'org:EUR', 'org:A'), edge('represents', 'person:b', 'country:JP'), edge('represents', 'person:a', 'country:JP'), edge('met', 'person:a', 'person:b')];
const nodeIds = [...new Set(storeOrder.flatMap((e) => [e.source, e.target]))].sort();

function idsOf(edges: EdgeData[]): string[] {
  const b = new EdgeColumnsBuilder(nodeIds);
  for (const e of edges) b.addEdge(e);
  const c = b.build();
  return c.source.map((s, i) => edgeIdOf(c.relations[c.relation[i]], nodeIds[s], nodeIds[c.target[i]]));
}

describe('edge columns', () => {
  test('edges come out in id order, whether or not each relation arrives sorted', () => {
    const expected = storeOrder.map((e) => e.id).sort();
    expect(idsOf(storeOrder)).toEqual(expected);
    expect(idsOf([...storeOrder].reverse())).toEqual(expected);
    expect(idsOf([])).toEqual([]);
  });

  test('a tie takes its ends in id order and counts as meetings or pacts by relation', () => {
    const b = new EdgeColumnsBuilder(['country:JP', 'country:US']);
    b.addTie({ a: 'country:US', b: 'country:JP', relation: 'pact', kinds: ['alliance'], count: 2, firstDate: '1960-01-19', lastDate: '1960-01-19', eventIds: ['pact:1', 'pact:0'] });
    const c = b.build();
    expect(c).toMatchObject({ source: [0], target: [1], relations: ['pact'], kindSets: [['alliance']], weight: [2], eventIdCount: [2], eventIds: ['pact:1', 'pact:0'] });
    // Meetings and pacts are not sent: the reader gives the weight to the relation's side.
    expect(c).not.toHaveProperty('meetings');
    const nodes = ['country:JP', 'country:US'].map((id) => ({ id, kind: 'country' as const, label: id, weight: 2 }));
    expect(fromColumns({ shape: 'columns', nodes, edges: c, window: {} }).edges[0].data).toMatchObject({ weight: 2, meetings: 0, pacts: 2 });
  });

  test('without any event ids there is no count column, and an edge whose counts its relation does not give is refused', () => {
    const b = new EdgeColumnsBuilder(nodeIds);
    for (const e of storeOrder) b.addEdge(e);
    const c = b.build();
    expect(c.eventIds).toEqual([]);
    expect(c).not.toHaveProperty('eventIdCount');
    expect(selectEdges(c, [0, 1], Int32Array.from(nodeIds, (_, i) => i))).not.toHaveProperty('eventIdCount');
    const [met] = storeOrder;
    expect(() => new EdgeColumnsBuilder(nodeIds).addEdge({ ...met, meetings: 0, pacts: 1 })).toThrow(/met:org:EU\|org:X has 0 meetings and 1 pacts/);
  });

  test('an end that is not a node is refused by name', () => {
    expect(() => new EdgeColumnsBuilder(['country:JP']).addEdge(edge('met', 'country:JP', 'country:XX'))).toThrow(/country:XX/);
  });

  test('selectEdges keeps the chosen edges with their own event ids and renumbered ends', () => {
    const b = new EdgeColumnsBuilder(nodeIds);
    for (const e of storeOrder) b.addEdge({ ...e, eventIds: [`ev:${e.id}`, `ev2:${e.id}`] });
    const c = b.build();
    const renumber = Int32Array.from(nodeIds, (_, i) => i + 10);
    const picked = selectEdges(c, [1, 3], renumber);
    expect(picked.source).toEqual([c.source[1] + 10, c.source[3] + 10]);
    expect(picked.eventIdCount).toEqual([2, 2]);
    expect(picked.eventIds).toEqual([...c.eventIds.slice(2, 4), ...c.eventIds.slice(6, 8)]);
    expect(picked.relations).toBe(c.relations);
  });
});
