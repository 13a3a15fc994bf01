// Events per month above the slider: meetings (grey) and pacts (red) stacked, months outside
// the current window dimmed.
import type { TimelineResult } from '../api/types.js';
import { formatMonth, formatNumber, t } from '../i18n/i18n.js';

const NS = 'http://www.w3.org/2000/svg';

export function drawHistogram(svg: SVGSVGElement, months: readonly string[], buckets: TimelineResult['buckets'], selected: [number, number]): void {
  const width = Math.max(200, svg.clientWidth || 800);
  const height = 54;
  const axis = 11; // room for year labels under the bars
  const plot = height - axis;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.replaceChildren();
  if (!months.length) return;
  const byMonth = new Map<string, { meetings: number; pacts: number }>();
  for (const b of buckets) {
    const key = b.period.slice(0, 7);
    const prev = byMonth.get(key) ?? { meetings: 0, pacts: 0 };
    byMonth.set(key, { meetings: prev.meetings + (b.meetings ?? 0), pacts: prev.pacts + (b.pacts ?? 0) });
  }
  let max = 1;
  for (const v of byMonth.values()) max = Math.max(max, v.meetings + v.pacts);
  // The range thumbs are 16px wide; bars line up with the thumb centres.
  const inset = 8;
  const step = (width - 2 * inset) / Math.max(1, months.length - 1);
  const bar = Math.max(1, Math.min(14, step * 0.8));
  let total = 0;
  months.forEach((month, i) => {
    const v = byMonth.get(month);
    if (!v) return;
    total += v.meetings + v.pacts;
    const x = inset + i * step - bar / 2;
    const hm = ((plot - 3) * v.meetings) / max;
    const hp = ((plot - 3) * v.pacts) / max;
    const out = i < selected[0] || i > selected[1];
    for (const [value, y, cls] of [[hm, plot - hm, 'meetings'], [hp, plot - hm - hp, 'pacts']] as const) {
      if (!value) continue;
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('x', String(x));
      rect.setAttribute('y', String(y));
      rect.setAttribute('width', String(bar));
      rect.setAttribute('height', String(value));
      rect.setAttribute('class', `${cls}${out ? ' out' : ''}`);
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${month}: ${v.meetings} meetings, ${v.pacts} pacts`;
      rect.appendChild(title);
      svg.appendChild(rect);
    }
  });
  // Year labels: about one every 120 pixels, on January.
  const years = months.filter((m) => m.endsWith('-01')).map((m) => months.indexOf(m));
  const every = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor(width / 120))));
  years.forEach((index, i) => {
    if (i % every) return;
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', String(inset + index * step));
    text.setAttribute('y', String(height - 1));
    text.setAttribute('class', 'year');
    text.textContent = months[index].slice(0, 4);
    svg.appendChild(text);
  });
  svg.setAttribute('aria-label', t('time.histogramSummary', { first: formatMonth(months[0]), last: formatMonth(months[months.length - 1]), total: formatNumber(total) }));
}
