// One-click report: gathers the picture, legend, filters and the events behind the visible ties
// (with their evidence and sources) and saves a single self-contained HTML file.
import { baseRequest, describeFilters, windowRequest } from '../api/params.js';
import type { EventDetail } from '../api/types.js';
import { legendSections } from '../graph-view/legend-data.js';
import { shownEdgeCollection, shownEdges, shownNodes } from '../graph-view/visibility.js';
import type { ExportContext, ExportFormat } from './context.js';
import { fileStem } from './file-name.js';
import { t } from '../i18n/i18n.js';
import { buildReport, type ReportEvent } from './report.js';

/** Enough for a readable report; the CSV and graph exports carry everything. */
const MAX_EVENTS = 150;
const PARALLEL = 6;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}

function inWindow(date: string | null | undefined, from?: string, to?: string): boolean {
  if (!date) return true;
  return (!from || date.slice(0, from.length) >= from.slice(0, date.length)) && (!to || date.slice(0, to.length) <= to.slice(0, date.length));
}

/** Event ids per edge in the report: each listed tie's newest few. */
const EVENT_IDS_PER_EDGE = 3;

/** The newest event ids of every tie on screen, by edge id: the graph's own networks carry
 * none (client/api/params.ts baseRequest), so the report asks for them again, the base network
 * first and the window's for ties only it has. */
async function eventIdsByEdge(api: ExportContext['api'], state: ExportContext['state']): Promise<Map<string, string[]>> {
  const window = windowRequest(state);
  const requests = [baseRequest(state, EVENT_IDS_PER_EDGE), ...(window ? [{ path: window.path, params: { ...window.params, eventIdsPerEdge: EVENT_IDS_PER_EDGE } }] : [])];
  const out = new Map<string, string[]>();
  for (const [i, r] of requests.entries()) {
    for (const { data } of (await api.getNetwork(r.path, r.params, `report-ids-${i}`)).edges) if (!out.has(data.id)) out.set(data.id, data.eventIds);
  }
  return out;
}

export const reportExport: ExportFormat = {
  id: 'report',
  label: 'Report (HTML)',
  group: 'Report',
  description: 'Picture, legend, filters and sourced events in one file',
  async run({ cy, api, state, labelOf, save, analytics }) {
    const onPath = cy.edges('.on-path');
    const edges = onPath.nonempty() ? onPath : shownEdgeCollection(cy);
    const idsOf = await eventIdsByEdge(api, state);
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const e of edges.toArray().sort((a, b) => String(b.data('lastDate') ?? '').localeCompare(String(a.data('lastDate') ?? '')))) {
      for (const id of idsOf.get(e.id()) ?? []) if (!seen.has(id)) seen.add(id), ids.push(id);
    }
    const details = await mapLimited(ids.slice(0, MAX_EVENTS * 2), PARALLEL, (id) => api.get<EventDetail>(`/api/events/${encodeURIComponent(id)}`, {}, `report-${id}`).catch(() => undefined));
    const events: ReportEvent[] = details
      .filter((d): d is EventDetail => !!d && (state.timeMode === 'date' || inWindow(d.event.date, state.from, state.to)))
      .sort((a, b) => String(b.event.date ?? '').localeCompare(String(a.event.date ?? '')))
      .slice(0, MAX_EVENTS)
      .map((d) => {
        const ev = d.evidence?.[0];
        return {
          date: d.event.date,
          type: d.event.type,
          kind: d.event.kind,
          title: d.event.title,
          participants: d.participants.map((p) => p.label || labelOf(p.id)),
          place: (d.event.placeName as string | undefined) ?? d.event.place,
          quote: ev?.quote,
          sourceName: ev?.sourceName,
          sourceUrl: ev?.sourceUrl,
          documentTitle: ev?.documentTitle,
        };
      });
    const picture = cy.png({ output: 'base64uri', full: true, scale: 1.5, bg: '#ffffff', maxWidth: 2400 });
    const extra = analytics?.() ?? {};
    const legend = legendSections({ communities: extra.communities, persons: state.persons, organizations: state.organizations, path: onPath.nonempty(), diff: !!(state.compareAt1 && state.compareAt2) }).flatMap((s) => s.rows);
    const html = buildReport({
      title: t('report.title'),
      generatedAt: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      imageDataUrl: picture,
      legend,
      filters: describeFilters(state),
      counts: { nodes: shownNodes(cy).length, edges: shownEdges(cy).length },
      events,
      link: window.location.href,
      ranking: extra.ranking,
      chart: extra.chart,
    });
    save(new Blob([html], { type: 'text/html;charset=utf-8' }), `${fileStem(state)}-report.html`);
  },
};
