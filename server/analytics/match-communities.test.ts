import { alignCommunities } from './match-communities.js';

const partition = (groups: string[][]) => new Map(groups.flatMap((g, label) => g.map((n) => [n, label] as [string, number])));

describe('alignCommunities', () => {
  test('the same blocs under swapped labels are matched back to the earlier labels', () => {
    const before = partition([['a', 'b', 'c'], ['d', 'e']]);
    const after = partition([['d', 'e'], ['a', 'b', 'c']]);
    const { relabel, matches } = alignCommunities(before, after);
    expect(relabel.get(0)).toBe(1);
    expect(relabel.get(1)).toBe(0);
    expect(matches.every((m) => m.jaccard === 1)).toBe(true);
  });

  test('a member moving does not break the match of the rest; a new bloc gets a fresh label', () => {
    const before = partition([['a', 'b', 'c', 'd'], ['e', 'f', 'g']]);
    const after = partition([['e', 'f', 'g', 'd'], ['a', 'b', 'c'], ['x', 'y']]);
    const { relabel } = alignCommunities(before, after);
    expect(relabel.get(0)).toBe(1); // efgd is the old efg
    expect(relabel.get(1)).toBe(0); // abc is the old abcd
    expect(relabel.get(2)).toBe(2); // xy: no counterpart
  });

  test('a bloc splitting in two: the larger part keeps the label, the other is fresh', () => {
    const before = partition([['a', 'b', 'c', 'd', 'e']]);
    const after = partition([['a', 'b'], ['c', 'd', 'e']]);
    const { relabel } = alignCommunities(before, after, 10);
    expect(relabel.get(1)).toBe(0);
    expect(relabel.get(0)).toBe(10);
  });

  test('each earlier community is matched at most once', () => {
    const before = partition([['a', 'b'], ['c']]);
    const after = partition([['a'], ['b'], ['c']]);
    const { relabel } = alignCommunities(before, after);
    const labels = [...relabel.values()];
    expect(new Set(labels).size).toBe(labels.length);
  });
});
