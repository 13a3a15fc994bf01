import { assembleNetwork } from './assemble.js';
import { diffNetworks } from './diff.js';
import { histogram } from './timeline.js';
import { yearBefore } from './snapshot.js';
import { kept, records, ties } from './network.fixtures.js';

describe('network diff', () => {
  test('added, removed, strengthened and weakened', () => {
    const before = assembleNetwork({ ...kept(ties.slice(0, 3)), records, window: {} });
    const after = assembleNetwork({ ...kept([{ ...ties[0], count: 5 }, ties[1], { ...ties[3] }]), records, window: {} });
    const d = diffNetworks(before, after);
    expect(d.added.nodes.map((n) => n.id)).toEqual(['org:ASEAN']);
    expect(d.added.edges.map((e) => e.id)).toEqual(['met:country:VN|org:ASEAN']);
    expect(d.removed.edges.map((e) => e.id)).toEqual(['met:country:JP|country:VN']);
    expect(d.removed.nodes).toEqual([]);
    expect(d.strengthened).toEqual([{ id: 'met:country:JP|country:US', source: 'country:JP', target: 'country:US', relation: 'met', before: 3, after: 5 }]);
    expect(diffNetworks(after, before).weakened.map((c) => [c.before, c.after])).toEqual([[5, 3]]);
    expect(diffNetworks(before, before)).toEqual({ added: { nodes: [], edges: [] }, removed: { nodes: [], edges: [] }, strengthened: [], weakened: [] });
  });
});

describe('timeline histogram', () => {
  test('buckets by month with empty months filled, and by year', () => {
    expect(histogram(['2024-01-05', '2024-03-01', '2024-03-30'], ['2024-03-02'], 'month')).toEqual([
      { period: '2024-01', meetings: 1, pacts: 0 },
      { period: '2024-02', meetings: 0, pacts: 0 },
      { period: '2024-03', meetings: 2, pacts: 1 },
    ]);
    expect(histogram(['2023-12-31', '2025-01-01'], [], 'year').map((b) => b.period)).toEqual(['2023', '2024', '2025']);
    expect(histogram([], [], 'year')).toEqual([]);
  });
});

describe('snapshot windows', () => {
  test('twelve months before a day', () => {
    expect(yearBefore('2025-06-15')).toBe('2024-06-16');
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
    expect(yearBefore('2025-01-01')).toBe('2024-01-02');
  });
});
