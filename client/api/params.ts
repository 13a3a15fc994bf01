// View state → API query parameters. Pure, so the mapping is unit-tested and reused by the
// export links (the server receives exactly the filters the user sees).
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
  lines.push(s.timeMode === 'date' ? `As of ${s.at ?? 'today'}` : `Window ${s.from ?? 'start'} – ${s.to ?? 'end'}`);
  lines.push(`Relations: ${s.relations.join(', ') || 'none'}`);
  if (s.meetingKinds.length) lines.push(`Meeting kinds: ${s.meetingKinds.join(', ')}`);
  if (s.pactKinds.length) lines.push(`Pact kinds: ${s.pactKinds.join(', ')}`);
  if (s.countries.length) lines.push(`Countries: ${s.countries.join(', ')}`);
  if (s.regions.length) lines.push(`Regions: ${s.regions.join(', ')}`);
  if (s.minWeight > 1) lines.push(`Minimum weight: ${s.minWeight}`);
  lines.push(`Persons ${s.persons ? 'shown' : 'hidden'}, organisations ${s.organizations ? 'shown' : 'hidden'}`);
  if (s.ego) lines.push(`Neighbourhood of ${s.ego} (depth ${s.egoDepth})`);
  if (s.pathSource && s.pathTarget) lines.push(`Path ${s.pathSource} → ${s.pathTarget} (${s.pathMode})`);
  if (s.compareAt1 && s.compareAt2) lines.push(`Compared ${s.compareAt1} with ${s.compareAt2}`);
  return lines;
}
