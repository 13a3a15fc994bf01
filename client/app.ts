// Composition root of the page: wires the store to the data chain
//   base network (filters, ego) → time window → regions → path / comparison → selection
// and each step only touches what changed. Panels and the graph controller do the drawing.
import { AnalyticsPanel } from './analytics/panel.js';
import { MetricsLoader } from './analytics/metrics-loader.js';
import { Api, describeError, isAbort } from './api/client.js';
import { baseRequest, filterParams, windowRequest } from './api/params.js';
import type { DiffResult, EdgeData, Network, PathResult, Stats, TimelineResult } from './api/types.js';
import { $, announce, clear, download, h } from './dom.js';
import { windowOverlay } from './graph-view/elements.js';
import { GraphController } from './graph-view/controller.js';
import { attachGraphKeys } from './graph-view/keyboard.js';
import { ComparePanel } from './panels/compare.js';
import { DetailsPanel } from './panels/details.js';
import { attachExportMenu } from './panels/export-menu.js';
import { FiltersPanel } from './panels/filters.js';
import { IngestDialog } from './panels/ingest.js';
import { formatNumber, rememberedLang, setLanguage, t } from './i18n/i18n.js';
import { renderIntro } from './panels/intro.js';
import { renderLegend } from './panels/legend.js';
import { attachShortcuts, openHelp } from './panels/shortcuts.js';
import { attachSlowRequestNotice } from './panels/slow-request.js';
import { attachSearchBox } from './panels/search-box.js';
import { renderTables } from './panels/table.js';
import { PathFinderPanel } from './path-finder/panel.js';
import { Store } from './state/store.js';
import { queryToState } from './state/url.js';
import { DEFAULT_STATE, NETWORK_FIELDS, type ViewState } from './state/view-state.js';
import { TimeSlider } from './timeline/time-slider.js';

type Field = keyof ViewState;
const TIME_FIELDS: Field[] = ['timeMode', 'from', 'to', 'at'];
const PATH_FIELDS: Field[] = ['pathSource', 'pathTarget', 'pathMode', 'pathK', 'pathRelations'];
const TOOLS = ['filters', 'path', 'compare', 'rank', 'table'] as const;
/** Fields after which the ranking, sizes and community colours are fetched again. */
const METRIC_FIELDS: Field[] = [...TIME_FIELDS, 'sizeBy', 'colorBy'];

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
  private readonly analytics: AnalyticsPanel;
  private readonly metrics: MetricsLoader;
  private timeRange: { from: string | null; to: string | null } = { from: null, to: null };

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
    this.analytics = new AnalyticsPanel($('#tool-rank'), this.store, (id) => this.focus(id), (id) => this.labelOf(id));
    this.metrics = new MetricsLoader({ api: this.api, graph: this.graph, panel: this.analytics, timeRange: () => this.timeRange, labelOf, onLegend: (state) => this.syncLegend(state) });
    // A link without lang= opens in the language chosen last time (the URL then carries it).
    const remembered = rememberedLang();
    if (!new URLSearchParams(location.search).has('lang') && remembered && remembered !== this.store.state.lang) this.store.update({ lang: remembered }, 'replace');
    setLanguage(this.store.state.lang);
    const ingest = new IngestDialog($('#ingest-dialog') as HTMLDialogElement, this.api, (result) => {
      announce(t('ingest.loaded', { count: result.events?.length ?? 0 }));
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
      analytics: () => ({
        ranking: this.analytics.rankingForReport(),
        chart: this.analytics.chartForReport(),
        communities: this.metrics.communityLegend(this.store.state),
      }),
    }));
    for (const tool of TOOLS) $(`#tab-${tool}`).addEventListener('click', () => this.store.update({ tool }));
    $('.tabs').addEventListener('keydown', (e) => {
      const i = TOOLS.indexOf(this.store.state.tool);
      const next = e.key === 'ArrowRight' ? TOOLS[(i + 1) % TOOLS.length] : e.key === 'ArrowLeft' ? TOOLS[(i + TOOLS.length - 1) % TOOLS.length] : undefined;
      if (next) this.store.update({ tool: next }), $(`#tab-${next}`).focus();
    });
    attachSlowRequestNotice($('#slow-request'), this.api);
    attachShortcuts({
      search: () => ($('#search-input') as HTMLInputElement).focus(),
      playPause: () => this.slider.togglePlay(),
      step: (delta) => this.slider.step(delta),
      exportMenu: () => $('#export-button').click(),
      help: () => openHelp(),
    });
    $('#help-button').addEventListener('click', () => openHelp());
    const loading = $('#loading');
    this.api.onActivity((n) => {
      loading.hidden = n === 0;
      loading.setAttribute('aria-busy', String(n > 0));
      document.body.dataset.loading = String(n);
    });
    attachGraphKeys($('#graph'), this.graph, () => this.store.update({ selected: undefined }));
  }

  async start(): Promise<void> {
    this.syncChrome(this.store.state);
    renderIntro($('#intro'));
    try {
      const stats = await this.api.get<Stats>('/api/stats');
      this.timeRange = { from: stats.timeRange?.from ?? null, to: stats.timeRange?.to ?? null };
      this.slider.setRange(stats.timeRange?.from ?? null, stats.timeRange?.to ?? null);
      this.compare.setDefaults(stats.timeRange?.from ?? null, stats.timeRange?.to ?? null);
    } catch (error) {
      announce(t('errors.unreachable', { message: describeError(error) }), 'error');
      this.showEmpty('unreachable', describeError(error));
      return;
    }
    await this.onChange(this.store.state, new Set(Object.keys(this.store.state) as Field[]));
  }

  /** A clear state instead of a blank canvas: no server, an empty store, nothing in the window or filters. */
  private showEmpty(kind: 'unreachable' | 'store' | 'filters' | 'window' | null, detail = '') {
    const empty = $('#empty');
    empty.hidden = !kind;
    empty.dataset.kind = kind ?? '';
    if (!kind) return;
    const actions: Record<string, HTMLElement | null> = {
      unreachable: h('button', { type: 'button', class: 'primary', onclick: () => location.reload() }, t('empty.retry')),
      store: h('button', { type: 'button', class: 'primary', onclick: () => $('#ingest-button').click() }, t('empty.addArticle')),
      filters: null,
      window: h('button', { type: 'button', onclick: () => this.store.update({ from: undefined, to: undefined, at: undefined, timeMode: 'window' }) }, t('empty.allTime')),
    };
    clear(empty, h('h2', {}, t(`empty.${kind}.title`)), h('p', {}, t(`empty.${kind}.text`, { detail })), actions[kind]);
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
    // The catalogue first, so everything synced below is drawn in the new language.
    if (changed.has('lang')) setLanguage(state.lang);
    this.syncChrome(state);
    if (!this.baseLoaded || any([...NETWORK_FIELDS, 'ego', 'egoDepth'])) return this.loadBase(state);
    if (changed.has('lang')) this.onLanguage(state);
    if (changed.has('layout')) await this.graph.setLayout(state.layout);
    if (changed.has('regions')) this.graph.applyRegions(state.regions), this.afterVisibilityChange();
    if (any(TIME_FIELDS)) await this.loadWindow(state);
    if (any([...PATH_FIELDS, 'from', 'to'])) await this.loadPath(state);
    if (any(['compareAt1', 'compareAt2'])) await this.loadDiff(state);
    if (any(METRIC_FIELDS) || (changed.has('tool') && state.tool === 'rank')) await this.metrics.load(state);
    else if (changed.has('selected') && state.tool === 'rank') void this.metrics.loadSeries(state);
    if (changed.has('selected')) this.showSelection(state);
    if (changed.has('tool')) this.afterVisibilityChange();
  }

  private onLanguage(state: ViewState) {
    this.graph.relabel(state.lang);
    this.analytics.render();
    renderIntro($('#intro'));
    this.showBanner(state);
    this.metrics.relabel(state);
    this.afterVisibilityChange();
  }

  private syncLegend(state: ViewState) {
    renderLegend($('#legend'), { persons: state.persons, organizations: state.organizations, path: !!(state.pathSource && state.pathTarget), diff: !!(state.compareAt1 && state.compareAt2), communities: this.metrics.communityLegend(state), sizeBy: state.sizeBy });
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
    this.analytics.sync(state);
    this.syncLegend(state);
    this.showBanner(state);
  }

  private showBanner(state: ViewState) {
    const banner = $('#banner');
    banner.hidden = !state.ego;
    if (state.ego) {
      clear(banner, h('span', {}, t('banner.ego', { name: this.labelOf(state.ego), count: state.egoDepth })),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.store.update({ ego: undefined }) }, t('banner.whole')));
    }
  }

  private async loadBase(state: ViewState) {
    try {
      const base = baseRequest(state);
      const network = await this.api.getNetwork(base.path, base.params, 'base');
      this.baseLoaded = true;
      const emptyStore = !network.nodes.length && !this.timeRange.from && NETWORK_FIELDS.every((f) => JSON.stringify(state[f]) === JSON.stringify(DEFAULT_STATE[f]));
      this.showEmpty(network.nodes.length ? null : emptyStore ? 'store' : 'filters');
      await this.graph.setBase(network, state.lang, state.layout);
      this.graph.applyRegions(state.regions);
      void this.loadTimeline(state);
      await this.loadWindow(state);
      await this.loadPath(state);
      await this.loadDiff(state);
      await this.metrics.load(state);
      this.showSelection(state);
    } catch (error) {
      if (!isAbort(error)) announce(t('errors.network', { message: describeError(error) }), 'error'), this.showEmpty('unreachable', describeError(error));
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
    try {
      const request = windowRequest(state);
      const windowed = request ? await this.api.getNetwork(request.path, request.params, 'window') : undefined;
      this.graph.applyWindow(windowed ? windowOverlay(windowed) : null, windowed);
      if (this.graph.cy.nodes().nonempty()) this.showEmpty(windowed && !windowed.nodes.length ? 'window' : null);
      this.afterVisibilityChange();
    } catch (error) {
      if (!isAbort(error)) announce(t('errors.window', { message: describeError(error) }), 'error');
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
      void this.api.get<Parameters<ComparePanel['showBlocs']>[0]>('/api/analytics/blocs/changes', { ...filterParams(state), at1: state.compareAt1, at2: state.compareAt2, limit: 5 }, 'blocs')
        .then((blocs) => this.compare.showBlocs(blocs, (id) => this.labelOf(id), (id) => this.focus(id)))
        .catch(() => undefined); // the diff above is the main answer; blocs are a bonus
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
    if (!this.graph.select(id, true)) announce(t('status.notInView', { name: this.labelOf(id) }));
  }

  private afterVisibilityChange() {
    const { nodes, edges } = this.graph.visible();
    $('#counts').textContent = `${t('counts.nodes', { count: nodes.length, n: formatNumber(nodes.length) })} · ${t('counts.ties', { count: edges.length, n: formatNumber(edges.length) })}`;
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
      (box.querySelector('p') as HTMLElement).textContent = t('layout.running', { phase: s.phase ?? '…' });
    }
    if (s.error) announce(t('layout.failed', { message: s.error }), 'error');
  }

  labelOf(id: string): string {
    const node = this.graph.cy.getElementById(id);
    if (node.nonempty() && node.isNode()) return String(node.data('display') ?? node.data('label') ?? id);
    return id.replace(/^(country|org|person):/, '');
  }
}
