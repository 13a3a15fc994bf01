// The "Ranking" tool: size-by and colour-by controls, the top actors of the current window by the
// chosen metric (follows the time slider), and a chart of one country's metric over the years.
import { clear, h } from '../dom.js';
import { formatNumber, t } from '../i18n/i18n.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { MetricChart } from './chart.js';
import { COLOR_MODES, communityColor, metricDigits, rankingMetric, SIZE_METRICS, topRows, type Centrality, type MetricsResult, type RankRow, type SeriesResult } from './metrics.js';

export const RANK_LIMIT = 10;

export interface ChartSnapshot { title: string; image: string }

export class AnalyticsPanel {
  private readonly sizeSelect: HTMLSelectElement;
  private readonly colorSelect: HTMLSelectElement;
  private readonly ranking = h('div', { id: 'ranking' });
  private readonly chartBox = h('div', { id: 'metric-chart', class: 'metric-chart' });
  private readonly chartNote = h('p', { id: 'metric-chart-note', class: 'hint', 'aria-live': 'polite' });
  private readonly chart = new MetricChart(this.chartBox);
  private rows: RankRow[] = [];
  private metric: Centrality = 'pagerank';
  private chartTitle = '';

  constructor(private readonly root: HTMLElement, private readonly store: Store, private readonly select: (id: string) => void, private readonly labelOf: (id: string) => string) {
    this.sizeSelect = h('select', { id: 'size-by', onchange: () => this.store.update({ sizeBy: this.sizeSelect.value as ViewState['sizeBy'] }) });
    this.colorSelect = h('select', { id: 'color-by', onchange: () => this.store.update({ colorBy: this.colorSelect.value as ViewState['colorBy'] }) });
    this.render();
  }

  /** Builds the static part again (after a language change). */
  render(): void {
    clear(this.sizeSelect, SIZE_METRICS.map((m) => h('option', { value: m }, t(`metric.${m}`))));
    clear(this.colorSelect, COLOR_MODES.map((m) => h('option', { value: m }, t(`colorBy.${m}`))));
    clear(this.root,
      h('h2', {}, t('rank.title')),
      h('div', { class: 'field-row' },
        h('label', { class: 'field' }, t('rank.sizeBy'), this.sizeSelect),
        h('label', { class: 'field' }, t('rank.colorBy'), this.colorSelect)),
      this.ranking,
      h('h3', {}, t('rank.chartTitle')),
      this.chartNote,
      this.chartBox);
    this.sync(this.store.state);
  }

  sync(state: ViewState): void {
    this.sizeSelect.value = state.sizeBy;
    this.colorSelect.value = state.colorBy;
    this.metric = rankingMetric(state.sizeBy);
  }

  showLoading(): void {
    this.ranking.setAttribute('aria-busy', 'true');
  }

  showMetrics(result: MetricsResult, state: ViewState): void {
    this.ranking.removeAttribute('aria-busy');
    const metric = rankingMetric(state.sizeBy);
    this.rows = topRows(result.nodes.filter((n) => n.kind === 'country' || state.persons || state.organizations), metric, RANK_LIMIT);
    const digits = metricDigits(metric);
    if (!this.rows.length) return void clear(this.ranking, h('p', { class: 'muted' }, t('rank.empty')));
    clear(this.ranking,
      h('table', { class: 'data-table', id: 'ranking-table' },
        h('caption', {}, t('rank.caption', { count: this.rows.length, metric: t(`metric.${metric}`) })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, t('table.name')), h('th', { scope: 'col' }, t(`metric.${metric}`)),
          state.colorBy === 'community' ? h('th', { scope: 'col' }, t('rank.community')) : null)),
        h('tbody', {}, this.rows.map((r) => h('tr', { 'data-id': r.id },
          h('td', {}, formatNumber(r.rank)),
          h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => this.select(r.id) }, this.name(r))),
          h('td', { class: 'num' }, formatNumber(r.value, digits)),
          state.colorBy === 'community' ? h('td', {}, h('span', { class: 'dot', style: `background:${communityColor(r.community)}`, 'aria-hidden': 'true' }), ` ${formatNumber((r.community ?? 0) + 1)}`) : null)))));
  }

  showError(message: string): void {
    this.ranking.removeAttribute('aria-busy');
    clear(this.ranking, h('p', { class: 'error' }, t('rank.error', { message })));
  }

  /** The name in the interface language when the graph has the node; the server's label otherwise. */
  private name(r: RankRow): string {
    const shown = this.labelOf(r.id);
    return shown && shown !== r.id.replace(/^(country|person|org):/, '') ? shown : r.label;
  }

  topCountry(): string | undefined {
    return this.rows.find((r) => r.id.startsWith('country:'))?.id;
  }

  rankingForReport(): { title: string; columns: string[]; rows: string[][] } | undefined {
    if (!this.rows.length) return undefined;
    const digits = metricDigits(this.metric);
    return {
      title: t('rank.caption', { count: this.rows.length, metric: t(`metric.${this.metric}`) }),
      columns: ['#', t('table.name'), t(`metric.${this.metric}`)],
      rows: this.rows.map((r) => [String(r.rank), this.name(r), formatNumber(r.value, digits)]),
    };
  }

  showSeries(series: SeriesResult, id: string, label: string, state: ViewState): void {
    const metric = rankingMetric(state.sizeBy);
    const row = series.series.find((s) => s.id === id);
    const periods = series.periods.map((p) => p.period);
    const byPeriod = new Map((row?.values ?? []).map((v) => [v.period, v[metric] ?? null]));
    const values = periods.map((p) => byPeriod.get(p) ?? null);
    this.chartTitle = t('rank.chartOf', { metric: t(`metric.${metric}`), name: label });
    if (!values.some((v) => v !== null)) {
      this.chart.clear();
      return void (this.chartNote.textContent = t('rank.chartEmpty', { name: label }));
    }
    const present = values.filter((v): v is number => v !== null);
    this.chartNote.textContent = t('rank.chartSummary', {
      name: label, metric: t(`metric.${metric}`), first: periods[0], last: periods[periods.length - 1],
      min: formatNumber(Math.min(...present), metricDigits(metric)), max: formatNumber(Math.max(...present), metricDigits(metric)),
    });
    this.chart.draw({ title: this.chartTitle, label: t(`metric.${metric}`), periods, values, digits: metricDigits(metric) });
  }

  chartNoData(message: string): void {
    this.chart.clear();
    this.chartNote.textContent = message;
  }

  chartForReport(): ChartSnapshot | undefined {
    const image = this.chart.image();
    return image ? { title: this.chartTitle, image } : undefined;
  }
}
