// Composition root of the page: wires the store to the data chain
//   base network (filters, ego) → time window → regions → path / comparison → selection
// and each step only touches what changed. Panels and the graph controller do the drawing.
import { Api, describeError, isAbort } from './api/client.js';
import { filterParams } from './api/params.js';
import type { DiffResult, EdgeData, Network, PathResult, Stats, TimelineResult } from './api/types.js';
import { $, announce, clear, download, h } from './dom.js';
import { windowOverlay } from './graph-view/elements.js';
import { GraphController } from './graph-view/controller.js';
import { ComparePanel } from './panels/compare.js';
import { DetailsPanel } from './panels/details.js';
import { attachExportMenu } from './panels/export-menu.js';
import { FiltersPanel } from './panels/filters.js';
import { IngestDialog } from './panels/ingest.js';
import { renderLegend } from './panels/legend.js';
import { attachSearchBox } from './panels/search-box.js';
import { renderTables } from './panels/table.js';
import { PathFinderPanel } from './path-finder/panel.js';
import { Store } from './state/store.js';
import { queryToState } from './state/url.js';
import { NETWORK_FIELDS, type ViewState } from './state/view-state.js';
import { TimeSlider } from './timeline/time-slider.js';

type Field = keyof ViewState;
const TIME_FIELDS: Field[] = ['timeMode', 'from', 'to', 'at'];
const PATH_FIELDS: Field[] = ['pathSource', 'pathTarget', 'pathMode', 'pathK', 'pathRelations'];
const TOOLS = ['filters', 'path', 'compare', 'table'] as const;

export class App {
  readonly api = new Api();
  readonly store = new Store(queryToState(location.search), location, history);
  readonly graph: GraphController;
  private readonly details: DetailsPanel;
  private readonly filters: FiltersPanel;
  private readonly paths: PathFinderPanel;
  private readonly compare: ComparePanel;
  private readonly slider: TimeSlider;
  private lastPath: PathResult | null = null;
  private lastDiff: DiffResult | null = null;
  private baseLoaded = false;

  constructor() {
    this.graph = new GraphController($('#graph'), {
      onNode: (id) => this.store.update({ selected: id }),
      onEdge: (id) => this.store.update({ selected: id }),
      onBackground: () => this.store.update({ selected: undefined }),
      onLayout: (s) => this.showLayoutProgress(s),
      onHover: (hover) => {
        const card = $('#hover-card');
        card.hidden = !hover;
        if (!hover) return;
        clear(card, hover.lines.map((line, i) => h(i ? 'span' : 'strong', {}, line)));
        card.style.transform = `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)`;
      },
    });
    const labelOf = (id: string) => this.labelOf(id);
    this.details = new DetailsPanel($('#details'), $('#details-body'), this.api, labelOf, {
      select: (id) => this.focus(id),
      showNeighbourhood: (id, depth) => this.store.update({ ego: id, egoDepth: depth, selected: id }),
      pathFrom: (id) => (this.paths.setEndpoint('source', id), this.store.update({ tool: 'path' })),
      pathTo: (id) => (this.paths.setEndpoint('target', id), this.store.update({ tool: 'path' })),
      close: () => this.store.update({ selected: undefined }),
    });
    this.filters = new FiltersPanel($('#tool-filters'), this.store);
    this.paths = new PathFinderPanel($('#tool-path'), this.api, this.store, labelOf, () => this.store.state.lang);
    this.compare = new ComparePanel($('#tool-compare'), this.store);
    this.slider = new TimeSlider(this.store);
    const ingest = new IngestDialog($('#ingest-dialog') as HTMLDialogElement, this.api, (result) => {
      announce(`Article loaded: ${result.events?.length ?? 0} event(s) added.`);
      void this.refreshAll();
    });
    $('#ingest-button').addEventListener('click', () => ingest.open());
    this.wireChrome();
    this.store.subscribe((state, changed) => void this.onChange(state, changed));
    window.addEventListener('popstate', () => this.store.restore(location.search));
  }

  private wireChrome() {
    attachSearchBox({
      api: this.api,
      input: $('#search-input') as HTMLInputElement,
      list: $('#search-results') as HTMLUListElement,
      lang: () => this.store.state.lang,
      onPick: (item) => this.focus(item.id),
    });
    ($('#lang-select') as HTMLSelectElement).addEventListener('change', (e) => this.store.update({ lang: (e.target as HTMLSelectElement).value as ViewState['lang'] }));
    $('#layout-force').addEventListener('click', () => this.store.update({ layout: 'force' }));
    $('#layout-geo').addEventListener('click', () => this.store.update({ layout: 'geo' }));
    $('#relayout').addEventListener('click', () => void this.graph.relayout());
    $('#fit').addEventListener('click', () => this.graph.fit());
    $('#details-close').addEventListener('click', () => this.store.update({ selected: undefined }));
    attachExportMenu($('#export-button') as HTMLButtonElement, $('#export-menu'), () => ({
      cy: this.graph.cy,
      api: this.api,
      state: this.store.state,
      labelOf: (id) => this.labelOf(id),
      save: download,
    }));
    for (const tool of TOOLS) $(`#tab-${tool}`).addEventListener('click', () => this.store.update({ tool }));
    $('.tabs').addEventListener('keydown', (e) => {
      const i = TOOLS.indexOf(this.store.state.tool);
      const next = e.key === 'ArrowRight' ? TOOLS[(i + 1) % TOOLS.length] : e.key === 'ArrowLeft' ? TOOLS[(i + TOOLS.length - 1) % TOOLS.length] : undefined;
      if (next) this.store.update({ tool: next }), $(`#tab-${next}`).focus();
    });
    const loading = $('#loading');
    this.api.onActivity((n) => {
      loading.hidden = n === 0;
      loading.setAttribute('aria-busy', String(n > 0));
      document.body.dataset.loading = String(n);
    });
    // Keyboard on the focused graph: arrows pan, + and - zoom, 0 fits, Escape clears the selection.
    $('#graph').addEventListener('keydown', (e) => {
      const cy = this.graph.cy;
      const pan: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      if (e.key === 'Escape') this.store.update({ selected: undefined });
      else if (pan[e.key]) cy.panBy({ x: pan[e.key][0], y: pan[e.key][1] });
      else if (e.key === '+' || e.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
      else if (e.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
      else if (e.key === '0') this.graph.fit();
      else return;
      e.preventDefault();
    });
  }

  async start(): Promise<void> {
    this.syncChrome(this.store.state);
    try {
      const stats = await this.api.get<Stats>('/api/stats');
      this.slider.setRange(stats.timeRange?.from ?? null, stats.timeRange?.to ?? null);
      this.compare.setDefaults(stats.timeRange?.from ?? null, stats.timeRange?.to ?? null);
    } catch (error) {
      announce(`Could not reach the server: ${describeError(error)}`, 'error');
    }
    await this.onChange(this.store.state, new Set(Object.keys(this.store.state) as Field[]));
  }

  /** After an import: the time range and everything derived from data may have grown. */
  private async refreshAll() {
    try {
      const stats = await this.api.get<Stats>('/api/stats');
      this.slider.setRange(stats.timeRange?.from ?? null, stats.timeRange?.to ?? null);
    } catch {
      /* the network reload below reports errors */
    }
    await this.loadBase(this.store.state);
  }

  private async onChange(state: ViewState, changed: ReadonlySet<Field>) {
    const any = (fields: readonly Field[]) => fields.some((f) => changed.has(f));
    this.syncChrome(state);
    if (!this.baseLoaded || any([...NETWORK_FIELDS, 'ego', 'egoDepth'])) return this.loadBase(state);
    if (changed.has('lang')) this.graph.relabel(state.lang), this.afterVisibilityChange();
    if (changed.has('layout')) await this.graph.setLayout(state.layout);
    if (changed.has('regions')) this.graph.applyRegions(state.regions), this.afterVisibilityChange();
    if (any(TIME_FIELDS)) await this.loadWindow(state);
    if (any([...PATH_FIELDS, 'from', 'to'])) await this.loadPath(state);
    if (any(['compareAt1', 'compareAt2'])) await this.loadDiff(state);
    if (changed.has('selected')) this.showSelection(state);
    if (changed.has('tool')) this.afterVisibilityChange();
  }

  private syncChrome(state: ViewState) {
    ($('#lang-select') as HTMLSelectElement).value = state.lang;
    document.documentElement.lang = state.lang;
    $('#layout-force').setAttribute('aria-pressed', String(state.layout === 'force'));
    $('#layout-geo').setAttribute('aria-pressed', String(state.layout === 'geo'));
    ($('#relayout') as HTMLButtonElement).disabled = state.layout !== 'force';
    for (const tool of TOOLS) {
      const tab = $(`#tab-${tool}`);
      tab.setAttribute('aria-selected', String(tool === state.tool));
      tab.tabIndex = tool === state.tool ? 0 : -1;
      $(`#tool-${tool}`).hidden = tool !== state.tool;
    }
    this.filters.sync(state);
    this.paths.sync(state);
    this.compare.sync(state);
    this.slider.sync(state);
    renderLegend($('#legend'), { persons: state.persons, organizations: state.organizations, path: !!(state.pathSource && state.pathTarget), diff: !!(state.compareAt1 && state.compareAt2) });
    this.showBanner(state);
  }

  private showBanner(state: ViewState) {
    const banner = $('#banner');
    banner.hidden = !state.ego;
    if (state.ego) {
      clear(banner, h('span', {}, `Neighbourhood of ${this.labelOf(state.ego)} (${state.egoDepth} step${state.egoDepth > 1 ? 's' : ''})`),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.store.update({ ego: undefined }) }, 'Show the whole network'));
    }
  }

  private async loadBase(state: ViewState) {
    const params = filterParams(state);
    try {
      const network = state.ego
        ? await this.api.get<Network>(`/api/ego/${encodeURIComponent(state.ego)}`, { ...params, depth: state.egoDepth }, 'base')
        : await this.api.get<Network>('/api/network', params, 'base');
      this.baseLoaded = true;
      const empty = $('#empty');
      empty.hidden = network.nodes.length > 0;
      if (!network.nodes.length) clear(empty, h('p', {}, 'Nothing to show with these filters.', h('br'), 'Widen the filters, or add an article.'));
      await this.graph.setBase(network, state.lang, state.layout);
      this.graph.applyRegions(state.regions);
      void this.loadTimeline(state);
      await this.loadWindow(state);
      await this.loadPath(state);
      await this.loadDiff(state);
      this.showSelection(state);
    } catch (error) {
      if (!isAbort(error)) announce(`Could not load the network: ${describeError(error)}`, 'error');
    }
  }

  private async loadTimeline(state: ViewState) {
    try {
      const result = await this.api.get<TimelineResult>('/api/timeline', { bucket: 'month', ...filterParams(state) }, 'timeline');
      this.slider.setBuckets(result.buckets ?? []);
    } catch (error) {
      if (!isAbort(error)) this.slider.setBuckets([]);
    }
  }

  private async loadWindow(state: ViewState) {
    const params = filterParams(state);
    try {
      let windowed: Network | undefined;
      if (state.timeMode === 'date' && state.at) windowed = await this.api.get<Network>('/api/snapshot', { ...params, at: state.at }, 'window');
      else if (state.from || state.to) {
        const time = { from: state.from, to: state.to };
        windowed = state.ego
          ? await this.api.get<Network>(`/api/ego/${encodeURIComponent(state.ego)}`, { ...params, ...time, depth: state.egoDepth }, 'window')
          : await this.api.get<Network>('/api/network', { ...params, ...time }, 'window');
      }
      this.graph.applyWindow(windowed ? windowOverlay(windowed) : null, windowed);
      this.afterVisibilityChange();
    } catch (error) {
      if (!isAbort(error)) announce(`Could not load the time window: ${describeError(error)}`, 'error');
    }
  }

  private async loadPath(state: ViewState) {
    if (!state.pathSource || !state.pathTarget) {
      if (this.lastPath) this.graph.applyPath(null), (this.lastPath = null), this.afterVisibilityChange();
      return;
    }
    this.paths.showLoading();
    try {
      const result = await this.api.get<PathResult>('/api/paths', {
        source: state.pathSource, target: state.pathTarget, mode: state.pathMode, k: state.pathMode === 'k' ? state.pathK : undefined,
        relations: state.pathRelations.length === 2 ? undefined : state.pathRelations, from: state.from, to: state.to,
      }, 'path');
      this.lastPath = result;
      this.graph.applyPath(result);
      this.paths.showResult(result);
      this.afterVisibilityChange();
    } catch (error) {
      if (!isAbort(error)) this.paths.showError(describeError(error));
    }
  }

  private async loadDiff(state: ViewState) {
    if (!state.compareAt1 || !state.compareAt2) {
      if (this.lastDiff) this.graph.applyDiff(null), (this.lastDiff = null), this.afterVisibilityChange();
      return;
    }
    this.compare.showLoading();
    try {
      const diff = await this.api.get<DiffResult>('/api/diff', { ...filterParams(state), at1: state.compareAt1, at2: state.compareAt2 }, 'diff');
      this.lastDiff = diff;
      this.graph.applyDiff(diff);
      this.compare.showResult(diff);
      this.afterVisibilityChange();
    } catch (error) {
      if (!isAbort(error)) this.compare.showError(describeError(error));
    }
  }

  private showSelection(state: ViewState) {
    const id = state.selected;
    if (!id) {
      this.graph.select(undefined);
      this.details.hide();
      return;
    }
    this.graph.select(id);
    const el = this.graph.cy.getElementById(id);
    if (el.nonempty() && el.isEdge()) void this.details.showEdge(el.data() as EdgeData);
    else if (/^(country|person|org):/.test(id)) void this.details.showNode(id, state);
    else this.details.hide();
  }

  /** Selects an entity and centres the view on it (search, counterparts, tables). */
  private focus(id: string) {
    this.store.update({ selected: id });
    if (!this.graph.select(id, true)) announce(`${this.labelOf(id)} is not in the current view; its details are shown on the right.`);
  }

  private afterVisibilityChange() {
    const { nodes, edges } = this.graph.visible();
    $('#counts').textContent = `${nodes.length} nodes · ${edges.length} ties shown`;
    if (this.store.state.tool === 'table') {
      renderTables($('#tool-table'), {
        nodes: nodes.map((n) => ({ id: n.id(), label: n.data('display'), kind: n.data('kind'), weight: n.data('windowWeight') ?? n.data('weight') ?? 0 })),
        edges: edges.map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target'), relation: e.data('relation'), kinds: e.data('kinds') ?? [], weight: e.data('windowWeight') ?? e.data('weight') ?? 0 })),
      }, (id) => this.labelOf(id), (id) => this.focus(id));
    }
  }

  private showLayoutProgress(s: { running: boolean; phase?: string; fraction?: number; ms?: number; error?: string }) {
    const box = $('#layout-progress');
    box.hidden = !s.running;
    document.body.dataset.layout = s.running ? 'running' : 'idle';
    if (s.running) {
      const pct = Math.round((s.fraction ?? 0) * 100);
      (box.querySelector('.bar span') as HTMLElement).style.width = `${pct}%`;
      box.setAttribute('aria-valuenow', String(pct));
      (box.querySelector('p') as HTMLElement).textContent = `Laying out the network (${s.phase ?? 'working'})…`;
    }
    if (s.error) announce(`Layout failed: ${s.error}`, 'error');
  }

  labelOf(id: string): string {
    const node = this.graph.cy.getElementById(id);
    if (node.nonempty() && node.isNode()) return String(node.data('display') ?? node.data('label') ?? id);
    return id.replace(/^(country|org|person):/, '');
  }
}
