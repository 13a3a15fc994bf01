// View state → API query parameters. Pure, so the mapping is unit-tested and reused by the
// export links (the server receives exactly the filters the user sees).
import { t } from '../i18n/i18n.js';
import type { ViewState } from '../state/view-state.js';

export type Params = Record<string, string | number | boolean | string[] | undefined>;

/** Filters shared by /network, /ego, /snapshot, /diff, /timeline and /export. */
export function filterParams(s: ViewState): Params {
  return {
    relations: s.relations.length === 2 ? undefined : s.relations,
    meetingKinds: s.meetingKinds.length ? s.meetingKinds : undefined,
    pactKinds: s.pactKinds.length ? s.pactKinds : undefined,
    countries: s.countries.length ? s.countries : undefined,
    minWeight: s.minWeight > 1 ? s.minWeight : undefined,
    includePersons: s.persons ? 'true' : undefined,
    includeOrganizations: s.organizations ? undefined : 'false',
  };
}

/** The base network the graph is built from (all time; the window only restyles it): the ego
 * network or the whole one. `eventIds` event ids per edge: the graph shows none (a tie's events
 * come from /api/pairs when it is clicked), so it asks for none: a year of a large world is then
 * a fifth of the bytes. The report asks for the newest few of each tie it lists. */
export function baseRequest(s: ViewState, eventIds = 0): { path: string; params: Params } {
  const params = { ...filterParams(s), eventIdsPerEdge: eventIds };
  return s.ego
    ? { path: `/api/ego/${encodeURIComponent(s.ego)}`, params: { ...params, depth: s.egoDepth } }
    : { path: '/api/network', params };
}

/** The windowed network (or snapshot) that restyles the base, without event ids as above; null
 * without a window or date. */
export function windowRequest(s: ViewState): { path: string; params: Params } | null {
  const base = baseRequest(s);
  if (s.timeMode === 'date' && s.at) return { path: '/api/snapshot', params: { ...filterParams(s), eventIdsPerEdge: 0, at: s.at } };
  if (s.from || s.to) return { path: base.path, params: { ...base.params, from: s.from, to: s.to } };
  return null;
}

/** The time part: a window, or a single date (snapshot). */
export function timeParams(s: ViewState): Params {
  return s.timeMode === 'date' ? { at: s.at } : { from: s.from, to: s.to };
}

export type ViewKind = 'network' | 'ego' | 'snapshot' | 'path';

/** Which server view the current screen corresponds to, with its parameters (for /api/export). */
export function currentView(s: ViewState): { view: ViewKind; params: Params } {
  if (s.pathSource && s.pathTarget) {
    return { view: 'path', params: { source: s.pathSource, target: s.pathTarget, mode: s.pathMode, k: s.pathMode === 'k' ? s.pathK : undefined, relations: s.pathRelations.length === 2 ? undefined : s.pathRelations, from: s.from, to: s.to } };
  }
  if (s.ego) return { view: 'ego', params: { id: s.ego, depth: s.egoDepth, ...filterParams(s), from: s.from, to: s.to } };
  if (s.timeMode === 'date' && s.at) return { view: 'snapshot', params: { ...filterParams(s), at: s.at } };
  return { view: 'network', params: { ...filterParams(s), from: s.from, to: s.to } };
}

/** Human summary of the filters in force, for reports and the status line. */
export function describeFilters(s: ViewState): string[] {
  const lines: string[] = [];
  const list = (prefix: string, values: readonly string[]) => values.map((v) => t(`${prefix}.${v}`)).join(', ');
  lines.push(s.timeMode === 'date' ? t('filtersSummary.asOf', { at: s.at ?? t('filtersSummary.today') }) : t('filtersSummary.window', { from: s.from ?? t('filtersSummary.start'), to: s.to ?? t('filtersSummary.end') }));
  lines.push(t('filtersSummary.relations', { list: list('filters.relation', s.relations) || t('filtersSummary.none') }));
  if (s.meetingKinds.length) lines.push(t('filtersSummary.meetingKinds', { list: list('meetingKind', s.meetingKinds) }));
  if (s.pactKinds.length) lines.push(t('filtersSummary.pactKinds', { list: list('pactKind', s.pactKinds) }));
  if (s.countries.length) lines.push(t('filtersSummary.countries', { list: s.countries.join(', ') }));
  if (s.regions.length) lines.push(t('filtersSummary.regions', { list: list('region', s.regions) }));
  if (s.minWeight > 1) lines.push(t('filtersSummary.minWeight', { n: s.minWeight }));
  lines.push(t(s.persons ? 'filtersSummary.personsShown' : 'filtersSummary.personsHidden') + ', ' + t(s.organizations ? 'filtersSummary.orgsShown' : 'filtersSummary.orgsHidden'));
  if (s.ego) lines.push(t('filtersSummary.ego', { id: s.ego, depth: s.egoDepth }));
  if (s.pathSource && s.pathTarget) lines.push(t('filtersSummary.path', { source: s.pathSource, target: s.pathTarget, mode: s.pathMode }));
  if (s.compareAt1 && s.compareAt2) lines.push(t('filtersSummary.compared', { at1: s.compareAt1, at2: s.compareAt2 }));
  return lines;
}
