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

test('arrays of integers and of plain strings, written straight into bytes, read as JSON.stringify writes them', () => {
  const range = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
  const bodies: unknown[] = [
    { ints: range(40, (i) => (i * 7919) % 1000 - 300), bounds: [...range(20, (i) => i * 1e8), 2147483647, -2147483648, 2147483648], big: range(20, (i) => Number.MAX_SAFE_INTEGER - i), small: range(20, (i) => -Number.MAX_SAFE_INTEGER + i) },
    { withNegativeZero: [...range(20, (i) => i), -0], withFraction: [...range(20, (i) => i), 0.5], withNaN: [...range(20, (i) => i), NaN], unsafe: [...range(20, (i) => i), 2 ** 60] },
    { withNulls: [null, ...range(20, (i) => i * 31), null, -5], allNull: range(20, () => null) },
    { digitEdges: [0, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000].flatMap((x) => [x, -x - 1, x + 1]).filter((x) => !Object.is(x, -0)) },
    { dates: range(30, (i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`), empty: range(20, () => '') },
    { escapes: [...range(20, (i) => `n${i}`), 'a "quoted" word'], backslash: [...range(20, String), 'C:\\x'], control: [...range(20, String), 'tab\there'] },
    { unicode: [...range(20, String), '日本'], lone: [...range(20, String), '\ud800'], del: [...range(20, String), '\u007f'] },
    { mixed: [...range(20, (i) => i), 'x'], holes: [...range(20, (i) => i), undefined], nested: { deeper: { ints: range(20, (i) => i), name: 'Japón' } } },
  ];
  for (const body of bodies) expect(jsonBytes(body).toString('utf8')).toBe(JSON.stringify(body));
});

test('answers larger than its buffers come out whole and in order', () => {
  const columns = { source: Array.from({ length: 100_000 }, (_, i) => i * 31), day: Array.from({ length: 50_000 }, (_, i) => `1990-01-${i % 10}`), nodes: [{ names: { ja: '日本'.repeat(20_000) } }], text: 'x'.repeat(70_000) };
  expect(jsonBytes(columns).toString('utf8')).toBe(JSON.stringify(columns));
});
