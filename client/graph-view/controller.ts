// Syncs view state into Cytoscape and renders nothing else. The base network is added once per
// filter change; the time window, region filter, path and comparison only toggle classes and
// data on existing elements, so positions stay put while the user scrubs through time.
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import svg from 'cytoscape-svg';
import type { DiffElement, DiffResult, Network, PathResult } from '../api/types.js';
import { labelFor, missingElements, toElements, type ElementDef, type Lang, type WindowOverlay } from './elements.js';
import { diffData, diffExtra } from './diff-elements.js';
import { Basemap } from './basemap.js';
import { ForceLayoutRunner, type Positions } from './force-layout.js';
import { geoNodeOf, geoPositions } from './geo.js';
import { viewportFor } from './viewport.js';
import { MARKS } from './marks.js';
import { buildStyle } from './style.js';
import { hoverLines } from './hover-lines.js';
import { setClass, setData } from './changed-only.js';
import { shownCollection, shownEdges, shownNodes } from './visibility.js';
import { UserActivity } from './user-activity.js';

cytoscape.use(svg);

export type LayoutKind = 'force' | 'geo';
export interface ControllerEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
  onLayout(state: { running: boolean; phase?: string; fraction?: number; ms?: number; error?: string }): void;
  /** Pointer over an element (null when it leaves), with its position on screen. */
  onHover(hover: { lines: string[]; x: number; y: number } | null): void;
}

/** Above these sizes the renderer trades detail for speed while the view moves. */
const LARGE_NODES = 800;
const LARGE_EDGES = 3000;
const STATE_CLASSES = 'on-path faded diff-added diff-removed diff-strengthened diff-weakened';

declare global {
  interface Window { __cy?: Core }
}

export class GraphController {
  cy: Core;
  private large = false;
  private layoutKind: LayoutKind = 'force';
  private forcePositions: Positions = {};
  private readonly runner = new ForceLayoutRunner();
  private lang: Lang = 'en';
  private readonly basemap: Basemap;
  /** Sizes from a centrality (size by PageRank…); null sizes nodes by activity. */
  private metricSizes: Map<string, number> | null = null;
  private readonly activity: UserActivity;
  /** Counts layouts started, so that one whose result waited for the user is dropped if another began. */
  private layoutRuns = 0;

  constructor(private readonly container: HTMLElement, private readonly events: ControllerEvents) {
    this.basemap = new Basemap(container.parentElement ?? container);
    this.activity = new UserActivity(container);
    this.cy = this.create(false);
  }

  private create(large: boolean): Core {
    const cy = cytoscape({
      container: this.container,
      style: buildStyle({ largeGraph: large }) as cytoscape.StylesheetJson,
      minZoom: 0.03,
      maxZoom: 8,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: large,
      // Not textureOnViewport: its picture of the whole view, taken when a drag starts, stalled the
      // first frame of every drag by 200–350 ms at 12,000 elements; hiding edges instead keeps drags
      // at 50 fps with no frame over 100 ms (test/e2e/large-graph.bench.ts).
      textureOnViewport: false,
      pixelRatio: large ? 1 : 'auto',
    });
    cy.on('tap', 'node', (e) => this.events.onNode(e.target.id()));
    cy.on('tap', 'edge', (e) => this.events.onEdge(e.target.id()));
    cy.on('tap', (e) => e.target === cy && this.events.onBackground());
    cy.on('mouseover', 'node, edge', (e) => {
      const el = e.target;
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      this.events.onHover({ lines: hoverLines(el.isNode() ? el.data() : { ...el.data(), sourceLabel: el.source().data('display'), targetLabel: el.target().data('display') }, el.isNode()), x: p.x, y: p.y });
    });
    cy.on('mouseout', 'node, edge', () => this.events.onHover(null));
    cy.on('viewport', () => this.events.onHover(null));
    window.__cy = cy;
    this.basemap?.attach(cy);
    return cy;
  }

  /** Replaces the elements with a new base network and lays it out (keeping known positions). */
  async setBase(network: Network, lang: Lang, layout: LayoutKind): Promise<void> {
    this.lang = lang;
    const elements = toElements(network, lang);
    const nodeCount = network.nodes.length;
    const large = nodeCount > LARGE_NODES || network.edges.length > LARGE_EDGES;
    const previous = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    if (large !== this.large) {
      this.cy.destroy();
      this.large = large;
      this.cy = this.create(large);
    }
    let known = 0;
    for (const el of elements) {
      if (el.group !== 'nodes') continue;
      el.data.baseSize = el.data.size;
      const p = this.layoutKind === 'force' ? this.forcePositions[el.data.id] ?? previous.get(el.data.id) : previous.get(el.data.id);
      if (p) (el.position = p), known++;
    }
    for (const el of elements) if (el.group === 'edges') el.data.baseWidth = el.data.width;
    const fresh = !(known > 0 && known >= nodeCount * 0.8);
    // A new network is drawn where its actors are on the map while the force layout runs, and fitted
    // to the screen, instead of as one heap at the origin: something to look at straight away, and
    // zoomed out, a large graph's first frame draws no labels.
    if (fresh) this.startOnMap(elements);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements as cytoscape.ElementDefinition[]);
    });
    // Every element's bounds, computed once for the whole collection before the first frame. Else
    // the first frame computes them one element at a time, and each computation queues its element
    // for a second pass that throws away the texture layers that frame built: the frames after it
    // stalled the page for 400–600 ms while the layout ran (test/e2e/large-graph.bench.ts).
    this.cy.elements().boundingBox();
    // The layout worker starts once the first frame is drawn: on two cores it would otherwise take
    // the CPU that frame needs (a 2,000-node graph's first frame took 1.3–1.9 s after, 2.1–2.8 s beside it).
    // A hidden page draws nothing, so it does not wait; 5 s is a backstop, far above a slow first frame.
    const drawn = elements.length && document.visibilityState !== 'hidden' ? this.nextRender(5000) : null;
    this.layoutKind = layout;
    if (drawn && layout === 'force') {
      // Shown as the layout's start: the view is not settled until the layout has run.
      this.events.onLayout({ running: true, phase: 'starting', fraction: 0.02 });
      await drawn;
    }
    await this.layout(layout, fresh ? 'fresh' : 'incremental');
  }

  /** The next frame Cytoscape draws (marked for profiling and the large-graph benchmark), or
   * `ms` later when none comes. */
  private nextRender(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cy.one('render', () => {
        performance.mark(MARKS.baseRendered);
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Places nodes without a position geographically and points the viewport at them (before they
   * are added: measured, that first frame came 0.3 s sooner than with the viewport set after). */
  private startOnMap(elements: ElementDef[]): void {
    const nodes = elements.filter((el) => el.group === 'nodes');
    const edges = elements.filter((el) => el.group === 'edges').map((el) => ({ source: String(el.data.source), target: String(el.data.target) }));
    const geo = geoPositions(nodes.map((el) => geoNodeOf(el.data)), edges);
    for (const el of nodes) el.position ??= geo.get(String(el.data.id));
    const largest = nodes.reduce((m, el) => Math.max(m, Number(el.data.size) || 0), 0);
    const points = nodes.flatMap((el) => (el.position ? [el.position] : []));
    const view = viewportFor(points, { width: this.cy.width(), height: this.cy.height() }, { padding: 40, margin: largest, minZoom: this.cy.minZoom(), maxZoom: 1.1 });
    if (view) this.cy.viewport(view);
  }

  async setLayout(layout: LayoutKind): Promise<void> {
    if (layout === this.layoutKind) return;
    if (this.layoutKind === 'force') this.rememberForce();
    this.layoutKind = layout;
    if (layout === 'force' && this.cy.nodes().toArray().every((n) => !!this.forcePositions[n.id()])) {
      this.basemap.show(false);
      this.layoutRuns++;
      this.applyPositions(this.forcePositions, true);
      return;
    }
    await this.layout(layout, 'incremental');
  }

  /** Re-runs the current layout from scratch (the "Re-layout" button). */
  relayout(): Promise<void> {
    return this.layout(this.layoutKind, 'fresh');
  }

  private rememberForce() {
    this.cy.nodes().forEach((n) => void (this.forcePositions[n.id()] = { ...n.position() }));
  }

  private async layout(kind: LayoutKind, start: 'fresh' | 'incremental'): Promise<void> {
    const run = ++this.layoutRuns;
    const nodes = this.cy.nodes();
    this.basemap.show(kind === 'geo');
    if (kind === 'geo') {
      const positions = geoPositions(
        nodes.map((n) => geoNodeOf(n.data())),
        this.cy.edges().map((e) => ({ source: e.data('source'), target: e.data('target') })),
      );
      this.applyPositions(Object.fromEntries(positions), start === 'incremental');
      return;
    }
    if (!nodes.length) return;
    this.events.onLayout({ running: true, phase: 'starting', fraction: 0.02 });
    const started = performance.now();
    try {
      const positions = await this.runner.run(
        {
          incremental: start === 'incremental',
          nodes: nodes.map((n) => ({ id: n.id(), size: n.data('size'), position: start === 'incremental' ? { ...n.position() } : undefined })),
          edges: this.cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target') })),
        },
        (phase, fraction) => this.events.onLayout({ running: true, phase, fraction }),
      );
      if (!positions) return; // superseded by a newer run
      performance.mark(MARKS.layoutComputed);
      // A large graph's positions redraw everything in one frame (about a second here): not while
      // the user drags or zooms (the "no long task while interacting" target), but when they let go.
      if (this.large) await this.activity.settled();
      if (run !== this.layoutRuns) return;
      performance.mark(MARKS.layoutLanded);
      this.applyPositions(positions, start === 'incremental' && !this.large);
      this.rememberForce();
      performance.measure(MARKS.forceLayout, { start: started });
      this.events.onLayout({ running: false, ms: Math.round(performance.now() - started) });
    } catch (error) {
      this.events.onLayout({ running: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private applyPositions(positions: Positions, animate: boolean) {
    const layout = this.cy.layout({
      name: 'preset',
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      animate: animate && !this.large,
      animationDuration: 450,
      fit: true,
      padding: 40,
    } as unknown as cytoscape.PresetLayoutOptions);
    // A small graph fitted to the screen would be drawn huge; cap the zoom so labels stay readable.
    layout.one('layoutstop', () => {
      if (this.cy.zoom() > 1.1) this.cy.zoom({ level: 1.1, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
    });
    layout.run();
  }

  relabel(lang: Lang): void {
    this.lang = lang;
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('display', labelFor(n.data(), lang))));
  }

  /** Shows only what the windowed network contains, sized by activity in the window. */
  applyWindow(overlay: WindowOverlay | null, windowed?: Network): void {
    const cy = this.cy;
    if (windowed && overlay) {
      const present = new Set<string>();
      cy.nodes().forEach((n) => void present.add(n.id()));
      cy.edges().forEach((e) => void present.add(String(e.data('key'))));
      // toElements keeps only edges whose ends are in `windowed`, so every end exists after this.
      const extra = missingElements(present, windowed, this.lang);
      if (extra.length) this.addNear(extra);
    }
    // Only what changes is touched (changed-only.ts): with no window, or the same one, nothing does.
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const hit = overlay?.nodes.get(n.id());
        if (overlay && !hit) return void setClass(n, 'out-window', true);
        const activity = hit ? hit.size : n.data('baseSize');
        setClass(n, 'out-window', false);
        setData(n, { size: this.metricSizes?.get(n.id()) ?? activity, activitySize: activity });
      });
      cy.edges().forEach((e) => {
        const hit = overlay?.edges.get(String(e.data('key')));
        if (overlay && !hit) return void setClass(e, 'out-window', true);
        setClass(e, 'out-window', false);
        setData(e, hit ? { width: hit.width, windowWeight: hit.weight } : { width: e.data('baseWidth') });
      });
    });
  }

  /** Sizes nodes by a centrality and/or colours them by community; null restores activity / region. */
  applyMetrics(sizes: Map<string, number> | null, colors: Map<string, string> | null): void {
    this.metricSizes = sizes;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const activity = n.data('activitySize') ?? n.data('baseSize');
        const size = sizes ? sizes.get(n.id()) ?? 12 : activity;
        setData(n, colors ? { size, ccolor: colors.get(n.id()) ?? '#c8ced3' } : { size });
        setClass(n, 'by-community', !!colors);
      });
    });
  }

  private addNear(extra: ElementDef[]) {
    const ids = new Set(extra.map((e) => e.data.id));
    const added = this.cy.add(extra.map((el) => ({ ...el, data: { ...el.data, baseSize: el.data.size, baseWidth: el.data.width } })) as cytoscape.ElementDefinition[]);
    added.nodes().forEach((n) => {
      const anchor = n.neighborhood('node').filter((m) => !ids.has(m.id()))[0];
      const p = anchor ? anchor.position() : { x: 0, y: 0 };
      n.position({ x: p.x + 30 + Math.random() * 30, y: p.y + 30 + Math.random() * 30 });
    });
  }

  applyRegions(regions: readonly string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes().removeClass('out-region');
      if (!regions.length) return;
      const keep = new Set(regions);
      const outCountries = new Set<string>();
      cy.nodes('.kind-country').forEach((n) => {
        if (!keep.has(n.data('region'))) n.addClass('out-region'), outCountries.add(n.data('code'));
      });
      cy.nodes('.kind-person').forEach((n) => void (outCountries.has(n.data('country')) && n.addClass('out-region')));
    });
  }

  /** Highlights the found paths and fades the rest; adds path elements the view lacks. */
  applyPath(result: PathResult | null): void {
    const cy = this.cy;
    cy.elements().removeClass('on-path faded');
    cy.remove('.path-extra');
    if (!result || !result.paths.length) return;
    const present = new Set(cy.nodes().map((n) => n.id()));
    cy.edges().forEach((e) => void present.add(String(e.data('key'))));
    const extra = missingElements(present, result.network, this.lang);
    if (extra.length) this.addNear(extra.map((el) => ({ ...el, classes: `${el.classes ?? ''} path-extra` })));
    cy.batch(() => {
      const onPath = cy.collection();
      for (const path of result.paths) {
        for (const id of path.nodes) onPath.merge(cy.getElementById(id));
        for (let i = 0; i + 1 < path.nodes.length; i++) onPath.merge(this.edgesBetween(path.nodes[i], path.nodes[i + 1]));
      }
      onPath.addClass('on-path');
      cy.elements().difference(onPath).addClass('faded');
    });
  }

  private edgesBetween(a: string, b: string) {
    return this.cy.getElementById(a).edgesWith(this.cy.getElementById(b));
  }

  applyDiff(diff: DiffResult | null): void {
    const cy = this.cy;
    cy.elements().removeClass('diff-added diff-removed diff-strengthened diff-weakened faded');
    cy.remove('.diff-extra');
    if (!diff) return;
    const toAdd: ElementDef[] = [];
    const mark = (list: DiffElement[], group: 'nodes' | 'edges', cls: string) => {
      for (const item of list ?? []) {
        const data = diffData(item);
        // Found by id, or (an edge) by its ends and relation; else drawn for the comparison.
        let shown = cy.getElementById(data.id);
        if (shown.empty() && group === 'edges' && data.source && data.target) shown = this.edgesBetween(String(data.source), String(data.target)).filter((e) => !data.relation || e.data('relation') === data.relation);
        if (shown.nonempty()) {
          shown.addClass(cls);
          continue;
        }
        const extra = diffExtra(data, group, cls, this.lang);
        if (extra) toAdd.push(extra);
      }
    };
    mark(diff.added?.nodes, 'nodes', 'diff-added');
    mark(diff.removed?.nodes, 'nodes', 'diff-removed');
    if (toAdd.length) this.addNear(toAdd), (toAdd.length = 0);
    mark(diff.added?.edges, 'edges', 'diff-added');
    mark(diff.removed?.edges, 'edges', 'diff-removed');
    const usable = toAdd.filter((el) => cy.hasElementWithId(String(el.data.source)) && cy.hasElementWithId(String(el.data.target)));
    if (usable.length) this.addNear(usable);
    for (const [list, cls] of [[diff.strengthened, 'diff-strengthened'], [diff.weakened, 'diff-weakened']] as const) {
      for (const change of list ?? []) {
        const byId = cy.getElementById(change.id);
        (byId.nonempty() ? byId : this.edgesBetween(change.source, change.target)).addClass(cls);
      }
    }
    const marked = cy.elements('.diff-added, .diff-removed, .diff-strengthened, .diff-weakened');
    if (marked.nonempty()) cy.elements().difference(marked.union(marked.connectedNodes())).addClass('faded');
  }

  /** Selects (and optionally centres on) an element; undefined clears the selection. */
  select(id: string | undefined, focus = false): boolean {
    const cy = this.cy;
    cy.$(':selected').unselect();
    cy.nodes('.focused').removeClass('focused');
    if (!id) return true;
    const el = cy.getElementById(id);
    if (el.empty()) return false;
    el.select();
    if (focus) cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: this.large ? 0 : 350 });
    return true;
  }

  visible(): { nodes: NodeSingular[]; edges: EdgeSingular[] } {
    return { nodes: shownNodes(this.cy), edges: shownEdges(this.cy) };
  }

  fit(): void {
    this.cy.animate({ fit: { eles: shownCollection(this.cy), padding: 40 } }, { duration: 300 });
  }

  clearStateClasses(): void {
    this.cy.elements().removeClass(STATE_CLASSES);
  }
}
