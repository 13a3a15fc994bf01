// The viewport that shows a set of points, worked out from the points alone. cy.fit() asks every
// element for its bounding box, which makes Cytoscape compute every element's style at once,
// before the first frame and on top of it (0.7 s for 12,000 elements in headless Chromium).

export interface Viewport { zoom: number; pan: { x: number; y: number } }

/** Zoom and pan that fit the points (each drawn up to `margin` wide) into width × height, with
 * `padding` pixels around; the zoom stays within [minZoom, maxZoom]. */
export function viewportFor(points: Iterable<{ x: number; y: number }>, size: { width: number; height: number }, { padding = 40, margin = 0, minZoom = 0.03, maxZoom = 1.1 } = {}): Viewport | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  if (!Number.isFinite(x1) || size.width <= 0 || size.height <= 0) return null;
  const [w, h] = [x2 - x1 + margin, y2 - y1 + margin];
  const room = { width: Math.max(1, size.width - 2 * padding), height: Math.max(1, size.height - 2 * padding) };
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min(room.width / Math.max(w, 1), room.height / Math.max(h, 1))));
  return { zoom, pan: { x: size.width / 2 - ((x1 + x2) / 2) * zoom, y: size.height / 2 - ((y1 + y2) / 2) * zoom } };
}
