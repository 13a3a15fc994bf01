// Side panel for the selected node (activity over time, top counterparts, events, neighbourhood)
// or the selected edge (every meeting and pact between the two, newest first, with evidence).
import type { Api } from '../api/client.js';
import { describeError, isAbort } from '../api/client.js';
import type { EntityDetail, EventDetail, EventSummary, PageOf } from '../api/types.js';
import { clear, h } from '../dom.js';
import { currentLang, formatNumber, t } from '../i18n/i18n.js';
import type { ViewState } from '../state/view-state.js';
import { eventCard, type LabelOf } from './event-card.js';

export interface DetailsActions {
  select(id: string): void;
  showNeighbourhood(id: string, depth: number): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  close(): void;
}

const PAGE = 20;

export class DetailsPanel {
  private shown: string | undefined;

  constructor(private readonly root: HTMLElement, private readonly body: HTMLElement, private readonly api: Api, private readonly labelOf: LabelOf, private readonly actions: DetailsActions) {}

  hide(): void {
    this.shown = undefined;
    this.root.hidden = true;
  }

  private open(id: string, ...content: (Node | string)[]) {
    this.shown = id;
    this.root.hidden = false;
    clear(this.body, ...content);
  }

  private async load<T>(id: string, task: () => Promise<T>): Promise<T | undefined> {
    try {
      return await task();
    } catch (error) {
      if (!isAbort(error) && this.shown === id) this.body.append(h('p', { class: 'error', role: 'alert' }, t('details.loadError', { message: describeError(error) })));
      return undefined;
    }
  }

  /** Evidence and participant names live on each event; one page is at most 20 of them. */
  private eventDetails(items: EventSummary[]): Promise<(EventDetail | undefined)[]> {
    return Promise.all(items.map((item) => this.api.get<EventDetail>(`/api/events/${encodeURIComponent(item.id)}`, {}, `event-${item.id}`).catch(() => undefined)));
  }

  async showNode(id: string, state: ViewState): Promise<void> {
    this.open(id, h('h2', {}, this.labelOf(id)), h('p', { class: 'muted' }, t('details.loading')));
    const detail = await this.load(id, () => this.api.get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`, {}, 'details'));
    if (!detail || this.shown !== id) return;
    const e = detail.entity;
    const names = Object.entries(e.names ?? {}).filter(([, v]) => v && v !== e.label);
    const facts: [string, unknown][] = [[t('details.kind'), t(`kind.${e.kind}`)], [t('details.code'), e.code], [t('details.region'), e.region ? t(`region.${e.region}`) : e.region], [t('details.country'), e.country]];
    const depth = h('select', { 'aria-label': t('details.depth') }, [1, 2, 3].map((d) => h('option', { value: String(d) }, t('details.steps', { count: d }))));
    const eventsList = h('ul', { class: 'event-list', 'aria-label': t('details.events') });
    const more = h('button', { type: 'button', class: 'ghost', hidden: true }, t('details.more'));
    clear(
      this.body,
      h('h2', {}, e.names?.[currentLang()] || e.label),
      names.length ? h('p', { class: 'names' }, names.map(([lang, name]) => h('span', { lang }, name)).flatMap((n, i) => (i ? [' · ', n] : [n]))) : null,
      h('dl', { class: 'kv' }, facts.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))])),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => this.actions.showNeighbourhood(id, Number(depth.value)) }, t('details.expand')),
        depth,
        h('button', { type: 'button', onclick: () => this.actions.pathFrom(id) }, t('details.pathFrom')),
        h('button', { type: 'button', onclick: () => this.actions.pathTo(id) }, t('details.pathTo'))),
      h('h3', {}, t('details.overTime')),
      activityChart(detail.timeline ?? []),
      h('h3', {}, t('details.counterparts')),
      detail.counterparts?.length
        ? h('ol', { class: 'counterparts' }, detail.counterparts.slice(0, 10).map((c) =>
            h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => this.actions.select(c.id) }, c.label), h('span', { class: 'muted' }, `${t('hover.meetings', { count: c.meetings })} · ${t('hover.pacts', { count: c.pacts })}`))))
        : h('p', { class: 'muted' }, t('details.none')),
      h('h3', {}, state.from || state.to ? t('details.eventsWindow', { from: state.from ?? '…', to: state.to ?? '…' }) : t('details.events')),
      eventsList,
      more,
    );
    let offset = 0;
    const page = async () => {
      more.hidden = true;
      const result = await this.load(id, () => this.api.get<PageOf<EventSummary>>(`/api/entities/${encodeURIComponent(id)}/events`, { from: state.from, to: state.to, offset, limit: PAGE }, 'details-events'));
      if (!result || this.shown !== id) return;
      if (!result.items.length && offset === 0) eventsList.append(h('li', { class: 'muted' }, t('details.noEvents')));
      // Details carry participant names (persons may not be on the graph) and the evidence.
      const details = await this.eventDetails(result.items);
      if (this.shown !== id) return;
      result.items.forEach((item, i) => eventsList.append(eventCard(item, details[i], this.labelOf)));
      offset += result.items.length;
      more.hidden = offset >= result.total;
      more.textContent = t('details.moreLeft', { count: result.total - offset });
    };
    more.addEventListener('click', page);
    await page();
  }

  async showEdge(edge: { id: string; source: string; target: string; relation: string; meetings?: number; pacts?: number }): Promise<void> {
    const title = `${this.labelOf(edge.source)} — ${this.labelOf(edge.target)}`;
    const list = h('ul', { class: 'event-list', 'aria-label': t('details.pairEvents') });
    const more = h('button', { type: 'button', class: 'ghost', hidden: true }, t('details.more'));
    const summary = h('p', { class: 'muted' }, t('details.loading'));
    this.open(edge.id,
      h('h2', {}, title),
      summary,
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => this.actions.select(edge.source) }, this.labelOf(edge.source)),
        h('button', { type: 'button', onclick: () => this.actions.select(edge.target) }, this.labelOf(edge.target))),
      h('h3', {}, t('details.everyEvent')),
      list,
      more);
    let offset = 0;
    const page = async () => {
      more.hidden = true;
      const result = await this.load(edge.id, () => this.api.get<PageOf<EventSummary>>(`/api/pairs/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}/events`, { offset, limit: PAGE }, 'details-events'));
      if (!result || this.shown !== edge.id) return;
      summary.textContent = t('details.pairTotal', { count: result.total, n: formatNumber(result.total) });
      const details = await this.eventDetails(result.items);
      if (this.shown !== edge.id) return;
      result.items.forEach((item, i) => list.append(eventCard(item, details[i], this.labelOf)));
      offset += result.items.length;
      more.hidden = offset >= result.total;
      more.textContent = t('details.moreLeft', { count: result.total - offset });
    };
    more.addEventListener('click', page);
    await page();
  }
}

const yearLine = (y: { year: number | string; meetings: number; pacts: number }) => `${y.year}: ${t('hover.meetings', { count: y.meetings })}, ${t('hover.pacts', { count: y.pacts })}`;

/** Bars per year, meetings above pacts; a table alternative is the title of each bar. */
function activityChart(timeline: EntityDetail['timeline']): Element {
  if (!timeline.length) return h('p', { class: 'muted' }, t('details.noDated'));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const width = 340;
  const height = 70;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', timeline.map((y) => yearLine(y)).join('; '));
  const max = Math.max(1, ...timeline.map((t) => t.meetings + t.pacts));
  const bar = Math.min(24, (width - 10) / timeline.length);
  timeline.forEach((t, i) => {
    const x = 5 + i * bar;
    const hm = ((height - 16) * t.meetings) / max;
    const hp = ((height - 16) * t.pacts) / max;
    for (const [value, y, fill] of [[hm, height - 14 - hm, '#85929e'], [hp, height - 14 - hm - hp, '#c0392b']] as const) {
      if (!value) continue;
      const rect = document.createElementNS(ns, 'rect');
      Object.entries({ x, y, width: Math.max(1, bar - 2), height: value, fill }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
      const tip = document.createElementNS(ns, 'title');
      tip.textContent = yearLine(t);
      rect.appendChild(tip);
      svg.appendChild(rect);
    }
    if (timeline.length <= 12 || i % Math.ceil(timeline.length / 8) === 0) {
      const text = document.createElementNS(ns, 'text');
      Object.entries({ x: x + bar / 2 - 1, y: height - 2, 'text-anchor': 'middle', 'font-size': 9, fill: '#5d6d7e' }).forEach(([k, v]) => text.setAttribute(k, String(v)));
      text.textContent = String(t.year);
      svg.appendChild(text);
    }
  });
  return svg;
}
