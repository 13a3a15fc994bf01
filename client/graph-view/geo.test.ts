import { DEGREE, geoPositions, project } from './geo.js';

describe('geographic layout', () => {
  test('north is up and east is right', () => {
    const tokyo = project(35.7, 139.7);
    const paris = project(48.9, 2.35);
    expect(tokyo.x).toBeGreaterThan(paris.x);
    expect(paris.y).toBeLessThan(tokyo.y);
    expect(project(0, 0)).toEqual({ x: 0, y: -0 * DEGREE });
  });

  test('a person sits near their country; an unanchored node goes below the map', () => {
    const positions = geoPositions(
      [
        { id: 'country:JP', kind: 'country', lat: 36, lon: 138 },
        { id: 'person:x', kind: 'person', country: 'JP' },
        { id: 'org:ASEAN', kind: 'organization' },
        { id: 'org:LONE', kind: 'organization' },
        { id: 'country:VN', kind: 'country', lat: 16, lon: 107.8 },
      ],
      [{ source: 'org:ASEAN', target: 'country:VN' }, { source: 'org:ASEAN', target: 'country:JP' }],
    );
    const jp = positions.get('country:JP')!;
    const person = positions.get('person:x')!;
    expect(Math.hypot(person.x - jp.x, person.y - jp.y)).toBeLessThan(60);
    const asean = positions.get('org:ASEAN')!;
    expect(asean.x).toBeGreaterThan(107 * DEGREE - 60);
    expect(positions.get('org:LONE')!.y).toBeGreaterThan(90 * DEGREE);
  });
});
