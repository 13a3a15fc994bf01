import { networkTiesOf } from './network-ties.js';
import { ties } from '../network/network.fixtures.js';

const query = { relations: ['met' as const, 'pact' as const], minWeight: 1, includeOrganizations: true, maxEventIds: 50 };

describe('network ties (the reference meaning of GraphStore.networkTies)', () => {
  test('filters: minimum weight, organisations, countries', () => {
    expect(networkTiesOf(ties, { ...query, minWeight: 2 }).ties.map((t) => t.b)).toEqual(['country:US', 'org:ASEAN']);
    expect(networkTiesOf(ties, { ...query, includeOrganizations: false }).ties.some((t) => t.b.startsWith('org:'))).toBe(false);
    expect(networkTiesOf(ties, { ...query, countries: ['VN'] }).ties).toHaveLength(2);
  });

  test('an actor weighs the distinct events on its kept ties, counted before ids are cut', () => {
    const all = networkTiesOf(ties, { ...query, maxEventIds: 1 });
    expect(all.weights).toEqual({ 'country:JP': 5, 'country:US': 4, 'country:VN': 3, 'org:ASEAN': 2 });
    expect(all.ties.map((t) => t.eventIds)).toEqual([['meeting:03'], ['pact:01'], ['meeting:04'], ['meeting:05']]);
    expect(networkTiesOf(ties, { ...query, minWeight: 2 }).weights).toEqual({ 'country:JP': 3, 'country:US': 3, 'country:VN': 2, 'org:ASEAN': 2 });
    expect(networkTiesOf(ties, { ...query, maxEventIds: 0 }).ties.every((t) => t.eventIds.length === 0)).toBe(true);
  });
});
