// Geographic layout: countries at their real positions (equirectangular projection of the
// lat/lon the API sends); persons and organisations beside the countries they are tied to.
export interface GeoNode { id: string; kind: string; lat?: number | null; lon?: number | null; country?: string | null }
export interface GeoEdge { source: string; target: string }
export type Positions = Map<string, { x: number; y: number }>;

/** The fields of a node's data the geographic layout reads. */
export const geoNodeOf = (d: Record<string, unknown>): GeoNode => ({ id: String(d.id), kind: String(d.kind), lat: d.lat as number | null | undefined, lon: d.lon as number | null | undefined, country: d.country as string | null | undefined });

/** Pixels per degree: the world is 2,880 × 1,440 at zoom 1. */
export const DEGREE = 8;

export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: lon * DEGREE, y: -lat * DEGREE };
}

/** Deterministic small offset so nodes placed at one spot do not overlap exactly. */
function jitter(id: string, radius: number): { dx: number; dy: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 360) * (Math.PI / 180);
  return { dx: Math.cos(angle) * radius, dy: Math.sin(angle) * radius };
}

export function geoPositions(nodes: GeoNode[], edges: GeoEdge[]): Positions {
  const positions: Positions = new Map();
  for (const n of nodes) if (typeof n.lat === 'number' && typeof n.lon === 'number') positions.set(n.id, project(n.lat, n.lon));

  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }

  const unplaced = nodes.filter((n) => !positions.has(n.id));
  unplaced.forEach((n, index) => {
    const home = n.country ? positions.get(`country:${n.country}`) : undefined;
    const around = home ? [home] : (neighbours.get(n.id) ?? []).map((id) => positions.get(id)).filter((p): p is { x: number; y: number } => !!p);
    if (around.length) {
      const x = around.reduce((s, p) => s + p.x, 0) / around.length;
      const y = around.reduce((s, p) => s + p.y, 0) / around.length;
      const { dx, dy } = jitter(n.id, 40);
      positions.set(n.id, { x: x + dx, y: y + dy });
    } else {
      // Nothing to anchor to: a row below Antarctica, out of the way.
      positions.set(n.id, { x: -170 * DEGREE + (index % 40) * 70, y: 95 * DEGREE + Math.floor(index / 40) * 60 });
    }
  });
  return positions;
}
