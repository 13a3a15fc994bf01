import { DEFAULT_STATE } from '../state/view-state.js';
import { queryString } from './client.js';
import { currentView, describeFilters, filterParams } from './params.js';

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

  test('the filter summary names the window', () => {
    expect(describeFilters({ ...DEFAULT_STATE, from: '2024-01-01', to: '2024-12-31' })[0]).toBe('Window 2024-01-01 – 2024-12-31');
  });
});
