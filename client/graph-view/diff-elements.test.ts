import { diffData, diffExtra } from './diff-elements.js';

describe('what a comparison names', () => {
  test('an element is read as an id, as {data} or as plain data', () => {
    expect(diffData('country:JP')).toEqual({ id: 'country:JP' });
    expect(diffData({ data: { id: 'country:VN', kind: 'country' } })).toEqual({ id: 'country:VN', kind: 'country' });
    expect(diffData({ id: 'pact:country:JP|country:VN', source: 'country:JP', target: 'country:VN' })).toEqual({ id: 'pact:country:JP|country:VN', source: 'country:JP', target: 'country:VN' });
  });

  test('an element the view lacks is drawn in the comparison\'s class, tagged to be removed with it', () => {
    const tie = diffExtra({ id: 'pact:country:VN|country:JP', source: 'country:VN', target: 'country:JP', relation: 'pact', kinds: ['defense'] }, 'edges', 'diff-added', 'en')!;
    expect(tie.data).toMatchObject({ key: 'pact|country:JP|country:VN', width: 3, eventIds: [], kinds: ['defense'] });
    expect(tie.classes!.split(' ')).toEqual(expect.arrayContaining(['rel-pact', 'diff-added', 'diff-extra']));
    const node = diffExtra({ id: 'country:PH', kind: 'country', label: 'Philippines', names: { ja: 'フィリピン' }, region: 'Asia' }, 'nodes', 'diff-removed', 'ja')!;
    expect(node.data).toMatchObject({ display: 'フィリピン', size: 16 });
    expect(node.classes!.split(' ')).toEqual(expect.arrayContaining(['kind-country', 'diff-removed', 'diff-extra']));
  });

  test('nothing is drawn for an edge without both ends or a node without a kind', () => {
    expect(diffExtra({ id: 'met:a|b', source: 'a' }, 'edges', 'diff-added', 'en')).toBeNull();
    expect(diffExtra({ id: 'country:JP' }, 'nodes', 'diff-added', 'en')).toBeNull();
  });
});
