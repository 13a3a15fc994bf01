// A quiet world map under the geographic layout: a canvas behind Cytoscape's, redrawn with the
// viewport's pan and zoom. Only shown in the map layout; picture exports do not include it.
import type { Core } from 'cytoscape';
import { feature } from 'topojson-client';
import land from 'world-atlas/land-110m.json' with { type: 'json' };
import { graticule, landRings } from './basemap-paths.js';

export class Basemap {
  private readonly canvas: HTMLCanvasElement;
  private readonly land: Path2D;
  private readonly grid: Path2D;
  private cy: Core | undefined;
  private visible = false;
  private frame = 0;
  private readonly redraw = () => this.schedule();

  constructor(container: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'basemap';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.prepend(this.canvas);
    const geo = feature(land as never, (land as unknown as { objects: { land: never } }).objects.land) as unknown as { features?: { geometry: never }[]; geometry?: never };
    this.land = new Path2D();
    for (const f of geo.features ?? [geo]) for (const ring of landRings(f.geometry as never)) this.addLine(this.land, ring, true);
    this.grid = new Path2D();
    for (const line of graticule()) this.addLine(this.grid, line, false);
    new ResizeObserver(() => this.schedule()).observe(container);
  }

  private addLine(path: Path2D, points: { x: number; y: number }[], close: boolean) {
    points.forEach((p, i) => (i ? path.lineTo(p.x, p.y) : path.moveTo(p.x, p.y)));
    if (close) path.closePath();
  }

  attach(cy: Core): void {
    this.cy?.off('viewport', this.redraw);
    this.cy = cy;
    cy.on('viewport', this.redraw);
    this.schedule();
  }

  show(visible: boolean): void {
    this.visible = visible;
    this.canvas.hidden = !visible;
    this.schedule();
  }

  private schedule() {
    if (!this.visible || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw() {
    const cy = this.cy;
    if (!cy) return;
    const ratio = window.devicePixelRatio || 1;
    const { clientWidth: w, clientHeight: h } = this.canvas.parentElement!;
    if (this.canvas.width !== w * ratio || this.canvas.height !== h * ratio) (this.canvas.width = w * ratio), (this.canvas.height = h * ratio);
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
    ctx.fillStyle = '#e9edf0';
    ctx.fill(this.land);
    ctx.lineWidth = 1 / zoom;
    ctx.strokeStyle = '#d5dce1';
    ctx.stroke(this.land);
    ctx.strokeStyle = 'rgba(93, 109, 126, 0.12)';
    ctx.stroke(this.grid);
  }
}
