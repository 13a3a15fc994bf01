import { queryToState, stateToQuery } from './url.js';
import { DEFAULT_STATE, ViewState } from './view-state.js';

describe('view state ⇄ query string', () => {
  test('the default state is an empty query', () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe('');
    expect(queryToState('')).toEqual(DEFAULT_STATE);
  });

  test('a full state survives the round trip', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      timeMode: 'window',
      from: '2023-01-01',
      to: '2024-06-30',
      relations: ['pact'],
      pactKinds: ['defense', 'trade'],
      countries: ['JP', 'VN'],
      regions: ['Asia'],
      minWeight: 3,
      persons: true,
      organizations: false,
      lang: 'ja',
      layout: 'geo',
      selected: 'met:country:JP|country:VN',
      ego: 'country:JP',
      egoDepth: 2,
      pathSource: 'country:JP',
      pathTarget: 'person:abcdef0123456789',
      pathMode: 'k',
      pathK: 4,
      compareAt1: '2015-01-01',
      compareAt2: '2024-12-31',
      tool: 'path',
    };
    const query = stateToQuery(state);
    expect(query).toContain('c=JP,VN');
    expect(query).toContain('lang=ja');
    expect(queryToState(query)).toEqual(state);
  });

  test('a bad value falls back to its default and leaves the rest intact', () => {
    const state = queryToState('?lang=xx&w=-4&c=JP,japan&from=2024-01-01&layout=geo');
    expect(state.lang).toBe('en');
    expect(state.minWeight).toBe(1);
    expect(state.countries).toEqual([]);
    expect(state.from).toBe('2024-01-01');
    expect(state.layout).toBe('geo');
  });

  test('an unknown parameter is ignored', () => {
    expect(queryToState('?foo=bar')).toEqual(DEFAULT_STATE);
  });
});
