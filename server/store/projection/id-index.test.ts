import { IdIndex } from './id-index.js';

test('finds every id it was given through several growths, and nothing else', () => {
  const ids: string[] = [];
  const index = new IdIndex(ids);
  for (let i = 0; i < 20_000; i++) { ids.push(`meeting:${(i * 2_654_435_761 >>> 0).toString(16)}`); index.set(i); }
  ids.push('pact:ベトナム'); index.set(ids.length - 1);
  for (let i = 0; i < ids.length; i++) expect(index.get(ids[i])).toBe(i);
  expect(index.get('meeting:absent')).toBeUndefined();
  expect(index.get('')).toBeUndefined();
});

test('an id set again moves to its new place; clear forgets everything', () => {
  const ids = ['a', 'b', 'c'];
  const index = new IdIndex(ids);
  ids.forEach((_, i) => index.set(i));
  ids.reverse();
  index.clear();
  expect(index.get('a')).toBeUndefined();
  ids.forEach((_, i) => index.set(i));
  expect([index.get('a'), index.get('b'), index.get('c')]).toEqual([2, 1, 0]);
  ids.push('a');
  index.set(3);
  expect(index.get('a')).toBe(3);
});
