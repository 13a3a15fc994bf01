// Land outlines (Natural Earth 1:110m via world-atlas) projected exactly as geo.ts projects the
// countries, as polygon rings in graph coordinates. Pure: takes GeoJSON, returns point lists.
import { project } from './geo.js';

type Position = number[];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] } | { type: string; coordinates?: unknown };

export function landRings(geometry: Geometry): { x: number; y: number }[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates as Position[][]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Position[][][]) : [];
  const rings: { x: number; y: number }[][] = [];
  for (const polygon of polygons) for (const ring of polygon) rings.push(ring.map(([lon, lat]) => project(lat, lon)));
  return rings;
}

/** Graticule every `step` degrees, as polylines in graph coordinates. */
export function graticule(step = 30): { x: number; y: number }[][] {
  const lines: { x: number; y: number }[][] = [];
  for (let lon = -180; lon <= 180; lon += step) lines.push([project(-85, lon), project(85, lon)]);
  for (let lat = -60; lat <= 80; lat += step) lines.push([project(lat, -180), project(lat, 180)]);
  return lines;
}
