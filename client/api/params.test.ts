import { DEFAULT_STATE } from '../state/view-state.js';
import { queryString } from './client.js';
import { baseRequest, currentView, describeFilters, filterParams, windowRequest } from './params.js';

describe('state → API parameters', () => {
  test('defaults send no filters', () => {
    expect(queryString(filterParams(DEFAULT_STATE))).toBe('');
  });

  test('filters map to the API names', () => {
    const q = queryString(filterParams({ ...DEFAULT_STATE, relations: ['pact'], countries: ['JP', 'VN'], minWeight: 2, persons: true, organizations: false }));
    expect(q).toBe('?relations=pact&countries=JP%2CVN&minWeight=2&includePersons=true&includeOrganizations=false');
  });

  test('the export view follows what the screen shows', () => {
    expect(currentView(DEFAULT_STATE).view).toBe('network');
    expect(currentView({ ...DEFAULT_STATE, ego: 'country:JP' }).view).toBe('ego');
    expect(currentView({ ...DEFAULT_STATE, timeMode: 'date', at: '2020-01-01' })).toEqual({ view: 'snapshot', params: expect.objectContaining({ at: '2020-01-01' }) });
    expect(currentView({ ...DEFAULT_STATE, pathSource: 'country:JP', pathTarget: 'country:VN' }).params).toEqual(expect.objectContaining({ source: 'country:JP', target: 'country:VN' }));
  });

  test('the graph asks for its networks without event ids; the base is all time, the window restyles it', () => {
    expect(baseRequest({ ...DEFAULT_STATE, from: '2024', minWeight: 2 })).toEqual({ path: '/api/network', params: { ...filterParams({ ...DEFAULT_STATE, minWeight: 2 }), eventIdsPerEdge: 0 } });
    expect(baseRequest({ ...DEFAULT_STATE, ego: 'country:JP', egoDepth: 2 }, 3)).toEqual({ path: '/api/ego/country%3AJP', params: expect.objectContaining({ depth: 2, eventIdsPerEdge: 3 }) });
    expect(windowRequest(DEFAULT_STATE)).toBeNull();
    expect(windowRequest({ ...DEFAULT_STATE, ego: 'country:JP', from: '2024', to: '2025' })).toEqual({ path: '/api/ego/country%3AJP', params: expect.objectContaining({ from: '2024', to: '2025', eventIdsPerEdge: 0 }) });
    expect(windowRequest({ ...DEFAULT_STATE, timeMode: 'date', at: '2020-01-01' })).toEqual({ path: '/api/snapshot', params: expect.objectContaining({ at: '2020-01-01', eventIdsPerEdge: 0 }) });
  });

  test('the filter summary names the window', () => {
    expect(describeFilters({ ...DEFAULT_STATE, from: '2024-01-01', to: '2024-12-31' })[0]).toBe('Window 2024-01-01 – 2024-12-31');
  });
});
