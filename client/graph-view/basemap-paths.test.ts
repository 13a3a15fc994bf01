import { graticule, landRings } from './basemap-paths.js';
import { project } from './geo.js';

describe('basemap paths', () => {
  test('land rings use the same projection as the countries', () => {
    const rings = landRings({ type: 'MultiPolygon', coordinates: [[[[138, 36], [140, 36], [139, 38], [138, 36]]]] });
    expect(rings).toHaveLength(1);
    expect(rings[0][0]).toEqual(project(36, 138));
  });

  test('other geometries give no rings; the graticule spans the globe', () => {
    expect(landRings({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
    const lines = graticule(90);
    expect(lines.length).toBe(5 + 2);
  });
});
