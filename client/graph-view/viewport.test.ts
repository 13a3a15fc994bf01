import { viewportFor } from './viewport.js';

describe('viewportFor', () => {
  const size = { width: 1000, height: 600 };
  const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({ x: p.x * v.zoom + v.pan.x, y: p.y * v.zoom + v.pan.y });

  test('every point lands inside the padded screen, the widest side touching its padding', () => {
    const points = [{ x: -1440, y: -700 }, { x: 1440, y: 720 }, { x: 10, y: 10 }];
    const v = viewportFor(points, size, { padding: 40, minZoom: 0.01 })!;
    for (const p of points.map((q) => onScreen(v, q))) {
      expect(p.x).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(p.x).toBeLessThanOrEqual(960 + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(p.y).toBeLessThanOrEqual(560 + 1e-9);
    }
    // 2,880 × 1,420 into 920 × 520: the width limits the zoom (920 / 2,880 < 520 / 1,420).
    expect(v.zoom).toBeCloseTo(920 / 2880, 9);
    expect(onScreen(v, { x: 0, y: 10 })).toEqual({ x: 500, y: 300 });
  });

  test('a single point is centred at the largest zoom allowed; bounds are respected', () => {
    const v = viewportFor([{ x: 5, y: -5 }], size, { maxZoom: 1.1 })!;
    expect(v.zoom).toBe(1.1);
    expect(onScreen(v, { x: 5, y: -5 })).toEqual({ x: 500, y: 300 });
    expect(viewportFor([{ x: 0, y: 0 }, { x: 1e9, y: 0 }], size, { minZoom: 0.03 })!.zoom).toBe(0.03);
  });

  test('no points, or no room on screen, gives no viewport', () => {
    expect(viewportFor([], size)).toBeNull();
    expect(viewportFor([{ x: 0, y: 0 }], { width: 0, height: 600 })).toBeNull();
  });
});
