// The analytics half of the page's data chain: fetches the window's centralities and communities
// (node sizes, community colours, the ranking) and the selected country's yearly series, and
// keeps the last result for the legend, the report and a change of language.
import { describeError, isAbort, type Api } from '../api/client.js';
import { filterParams } from '../api/params.js';
import type { GraphController } from '../graph-view/controller.js';
import { t } from '../i18n/i18n.js';
import type { ViewState } from '../state/view-state.js';
import { communityColor, metricSizes, rankingMetric, type MetricsResult, type SeriesResult } from './metrics.js';
import type { AnalyticsPanel } from './panel.js';

export interface MetricsLoaderDeps {
  api: Api;
  graph: GraphController;
  panel: AnalyticsPanel;
  /** The data's time range (the series runs over it). */
  timeRange(): { from: string | null; to: string | null };
  labelOf(id: string): string;
  /** Called whenever the community colours change, to redraw the legend. */
  onLegend(state: ViewState): void;
}

export class MetricsLoader {
  private last: MetricsResult | null = null;

  constructor(private readonly d: MetricsLoaderDeps) {}

  /** Metrics are fetched only when something shows them. */
  private wanted(state: ViewState): boolean {
    return state.sizeBy !== 'activity' || state.colorBy === 'community' || state.tool === 'rank';
  }

  /** Centralities and communities of the window: sizes, colours, the ranking and its chart. */
  async load(state: ViewState): Promise<void> {
    const { api, graph, panel } = this.d;
    if (!this.wanted(state)) {
      this.last = null;
      graph.applyMetrics(null, null);
      this.d.onLegend(state);
      return;
    }
    const time = state.timeMode === 'date' ? { to: state.at } : { from: state.from, to: state.to };
    panel.showLoading();
    try {
      const result = await api.get<MetricsResult>('/api/analytics/metrics', { ...filterParams(state), ...time }, 'metrics');
      this.last = result;
      const metric = rankingMetric(state.sizeBy);
      const colors = state.colorBy === 'community' ? new Map(result.nodes.map((n) => [n.id, communityColor(n.community)])) : null;
      graph.applyMetrics(state.sizeBy === 'activity' ? null : metricSizes(result.nodes, metric), colors);
      panel.showMetrics(result, state);
      this.d.onLegend(state);
      document.body.dataset.metrics = `${state.sizeBy}|${state.colorBy}|${result.window.from ?? ''}|${result.window.to ?? ''}`;
      if (state.tool === 'rank') void this.loadSeries(state);
    } catch (error) {
      if (!isAbort(error)) panel.showError(describeError(error));
    }
  }

  /** The chart: the selected country, or else the top-ranked one, year by year over the data's range. */
  async loadSeries(state: ViewState): Promise<void> {
    const { panel } = this.d;
    const id = state.selected?.startsWith('country:') ? state.selected : panel.topCountry();
    if (!id) return panel.chartNoData(t('rank.chartPick'));
    const range = this.d.timeRange();
    const from = range.from?.slice(0, 4);
    const to = range.to?.slice(0, 4);
    if (!from || !to) return panel.chartNoData(t('time.noDates'));
    try {
      const series = await this.d.api.get<SeriesResult>('/api/analytics/metrics/series', {
        ...filterParams(state), countries: id.slice('country:'.length), from, to, bucket: 'year', metric: rankingMetric(state.sizeBy),
      }, 'series');
      panel.showSeries(series, id, this.d.labelOf(id), state);
    } catch (error) {
      if (!isAbort(error)) panel.chartNoData(describeError(error));
    }
  }

  /** After a change of language: the last ranking and its chart drawn again. */
  relabel(state: ViewState): void {
    if (this.last) this.d.panel.showMetrics(this.last, state), void this.loadSeries(state);
  }

  /** The communities the legend and the report show while nodes are coloured by community. */
  communityLegend(state: ViewState) {
    return state.colorBy === 'community' && this.last
      ? this.last.communities.map((c) => ({ id: c.id, size: c.size, color: communityColor(c.id) }))
      : undefined;
  }
}
