// One-click report: a single self-contained HTML page (picture as a data: URL, legend, time
// window and filters, table of events with their sources). Pure: every value from the data is
// escaped here, because article text and names are untrusted. Headings follow the interface language.
import { currentLang, t } from '../i18n/i18n.js';

export interface ReportLegendRow { label: string; color: string; shape: 'line' | 'dot' | 'dashed' }
export interface ReportEvent {
  date?: string | null;
  type: string;
  kind: string;
  title?: string | null;
  participants: string[];
  place?: string | null;
  quote?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  documentTitle?: string | null;
}
export interface ReportTable { title: string; columns: string[]; rows: string[][] }
export interface ReportInput {
  title: string;
  generatedAt: string;
  imageDataUrl: string;
  legend: ReportLegendRow[];
  filters: string[];
  counts: { nodes: number; edges: number };
  events: ReportEvent[];
  link?: string;
  /** Top actors by the chosen metric (the Ranking tool). */
  ranking?: ReportTable;
  /** A metric over time, as a PNG data URL. */
  chart?: { title: string; image: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Only http(s) links become anchors; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function legendRow(row: ReportLegendRow): string {
  const swatch =
    row.shape === 'dot'
      ? `<span class="dot" style="background:${escapeHtml(row.color)}"></span>`
      : `<span class="line" style="border-top:3px ${row.shape === 'dashed' ? 'dashed' : 'solid'} ${escapeHtml(row.color)}"></span>`;
  return `<li>${swatch}${escapeHtml(row.label)}</li>`;
}

function source(e: ReportEvent): string {
  const name = escapeHtml(e.sourceName || e.documentTitle || '');
  const href = safeHref(e.sourceUrl);
  if (href) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name || escapeHtml(href)}</a>`;
  return name || (e.sourceUrl ? escapeHtml(e.sourceUrl) : '—');
}

function eventRow(e: ReportEvent): string {
  const cells = [
    escapeHtml(e.date ?? '—'),
    `${escapeHtml(e.type)} · ${escapeHtml(e.kind)}`,
    escapeHtml(e.title ?? ''),
    escapeHtml(e.participants.join(', ')),
    escapeHtml(e.place ?? ''),
    e.quote ? `<q>${escapeHtml(e.quote)}</q>` : '',
    source(e),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

const CSS = `body{font:14px/1.5 system-ui,"Segoe UI","Noto Sans JP",sans-serif;color:#1c2833;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}.meta{color:#566573;margin:0 0 1rem}figure{margin:0 0 1rem;border:1px solid #d5dbdb;border-radius:6px;padding:.5rem}
figure img{max-width:100%;height:auto;display:block;margin:auto}ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
ul.legend li{display:flex;align-items:center;gap:.4rem}.dot{width:12px;height:12px;border-radius:50%;display:inline-block}.line{width:24px;display:inline-block}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e8e8;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f6}q{color:#34495e}@media print{body{margin:0}}`;

function rankingSection(table: ReportTable): string {
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = table.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  return `<section><h2>${escapeHtml(t('report.ranking'))}</h2><table class="ranking"><caption>${escapeHtml(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>\n`;
}

/** Only PNG data URLs are embedded (the report's CSP allows data: images and nothing else). */
function safeImage(url: string): string {
  return /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(url) ? url : '';
}

export function buildReport(input: ReportInput): string {
  const filters = input.filters.map((f) => `<li>${escapeHtml(f)}</li>`).join('');
  const events = input.events.length
    ? `<table><thead><tr>${['date', 'event', 'title', 'participants', 'place', 'evidence', 'source'].map((c) => `<th>${escapeHtml(t(`report.col.${c}`))}</th>`).join('')}</tr></thead><tbody>${input.events.map(eventRow).join('')}</tbody></table>`
    : `<p>${escapeHtml(t('report.noEvents'))}</p>`;
  const link = safeHref(input.link);
  return `<!doctype html>
<html lang="${currentLang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(input.title)}</title><style>${CSS}</style></head>
<body><header><h1>${escapeHtml(input.title)}</h1>
<p class="meta">${escapeHtml(t('report.generated', { at: input.generatedAt, nodes: input.counts.nodes, ties: input.counts.edges }))}${link ? ` · <a href="${escapeHtml(link)}">${escapeHtml(t('report.open'))}</a>` : ''}</p></header>
<figure><img alt="${escapeHtml(t('report.pictureAlt'))}" src="${escapeHtml(input.imageDataUrl)}"></figure>
<section><h2>${escapeHtml(t('legend.title'))}</h2><ul class="legend">${input.legend.map(legendRow).join('')}</ul></section>
<section><h2>${escapeHtml(t('report.filters'))}</h2><ul>${filters}</ul></section>
${input.ranking ? rankingSection(input.ranking) : ''}${input.chart ? `<section><h2>${escapeHtml(input.chart.title)}</h2><figure><img alt="${escapeHtml(input.chart.title)}" src="${escapeHtml(safeImage(input.chart.image))}"></figure></section>` : ''}
<section><h2>${escapeHtml(t('report.events', { count: input.events.length }))}</h2>${events}</section>
</body></html>
`;
}
