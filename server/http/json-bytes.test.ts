import { jsonBytes } from './json-bytes.js';

test('writes exactly the text JSON.stringify writes, member by member', () => {
  const bodies: unknown[] = [
    { nodes: [{ id: 'country:JP', names: { ja: '日本', es: 'Japón' } }], edges: [{ id: 'met:a|b', weight: 2, eventIds: ['meeting:1'] }], window: { from: null, to: '2024' }, meta: { nodeCount: 1 } },
    { a: undefined, b: () => 1, c: Symbol('x'), d: null, 'quote"key': 'line\nbreak \u2028 \ud800', e: new Date(0), f: [undefined] },
    {},
    { only: undefined },
    [1, 'two', { three: 3 }],
    'text',
    42,
    null,
    new Date(0),
    Object.assign(Object.create(null), { x: 1 }),
  ];
  for (const body of bodies) expect(jsonBytes(body).toString('utf8')).toBe(JSON.stringify(body) ?? 'null');
});

test('an object with toJSON is serialised as a whole, through it', () => {
  const body = { toJSON: () => ({ replaced: true }), hidden: 1 };
  expect(jsonBytes(body).toString('utf8')).toBe('{"replaced":true}');
});
