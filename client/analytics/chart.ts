// The selected country's metric over time, drawn by uPlot on a canvas (so the report can embed
// it as a PNG). One series; years on the x axis; gaps where the country had no ties.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatNumber } from '../i18n/i18n.js';

export interface ChartInput { title: string; label: string; periods: string[]; values: (number | null)[]; digits: Intl.NumberFormatOptions }

export class MetricChart {
  private plot: uPlot | null = null;

  constructor(private readonly root: HTMLElement) {}

  draw(input: ChartInput): void {
    this.plot?.destroy();
    const xs = input.periods.map((p) => Number(p.slice(0, 4)) + (p.length > 4 ? (Number(p.slice(5, 7)) - 1) / 12 : 0));
    const width = Math.max(240, Math.min(this.root.clientWidth || 300, 520));
    this.plot = new uPlot({
      width,
      height: 170,
      title: input.title,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: false } },
      series: [{ label: 'period' }, { label: input.label, stroke: '#1f618d', width: 2, fill: 'rgba(31,97,141,0.12)', points: { show: true, size: 4 }, spanGaps: false }],
      axes: [
        { values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')), size: 30 },
        { values: (_u, ticks) => ticks.map((v) => formatNumber(v, { maximumSignificantDigits: 2 })), size: 48 },
      ],
    }, [xs, input.values], this.root);
    this.plot.root.setAttribute('aria-hidden', 'true');
  }

  clear(): void {
    this.plot?.destroy();
    this.plot = null;
  }

  /** The chart as a PNG data URL for the report (axes and line are all on the canvas). */
  image(): string | undefined {
    return this.plot?.ctx.canvas.toDataURL('image/png');
  }
}
