// The words of the graph: event kinds, regions and what colour each gets. One table feeds the
// Cytoscape style, the legend on screen and the legend in exported reports.
import type { MEETING_KINDS, PACT_KINDS } from '../../server/domain/event/schema.js';

type MeetingKind = (typeof MEETING_KINDS)[number];
type PactKind = (typeof PACT_KINDS)[number];

// The server's lists hold values from a module that reads node-only data; the client keeps its
// own copy and the `satisfies` checks keep the two in step at compile time.
export const MEETING_KIND_LIST = ['summit', 'ministerial', 'defense', 'talks', 'call', 'visit', 'multilateral'] as const satisfies readonly MeetingKind[];
export const PACT_KIND_LIST = ['defense', 'alliance', 'partnership', 'trade', 'agreement', 'treaty', 'mou'] as const satisfies readonly PactKind[];
type Exhaustive<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const meetingKindsComplete: Exhaustive<(typeof MEETING_KIND_LIST)[number], MeetingKind> = true;
export const pactKindsComplete: Exhaustive<(typeof PACT_KIND_LIST)[number], PactKind> = true;

/** Regions as world-countries names them (the server puts them in node data). */
export const REGION_LIST = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctic'] as const;
export type Region = (typeof REGION_LIST)[number];

/** Pact families drawn with one colour each; the legend shows one row per family. */
export const TIE_FAMILIES = [
  { id: 'met', label: 'Met (meetings)', color: '#5b7083', kinds: [] as string[], line: 'solid' },
  { id: 'defense', label: 'Defence pact or alliance', color: '#c0392b', kinds: ['defense', 'alliance'], line: 'solid' },
  { id: 'partnership', label: 'Partnership', color: '#7d3c98', kinds: ['partnership'], line: 'solid' },
  { id: 'trade', label: 'Trade agreement', color: '#1e8449', kinds: ['trade'], line: 'solid' },
  { id: 'agreement', label: 'Other agreement, treaty or MoU', color: '#b9770e', kinds: ['agreement', 'treaty', 'mou'], line: 'solid' },
  { id: 'link', label: 'Person or organisation link', color: '#a6b1bb', kinds: [], line: 'dotted' },
] as const;
export type TieFamily = (typeof TIE_FAMILIES)[number]['id'];

export function tieFamilyOf(relation: string, kinds: readonly string[]): TieFamily {
  if (relation === 'met') return 'met';
  if (relation !== 'pact') return 'link';
  for (const family of TIE_FAMILIES) if (family.kinds.some((k) => kinds.includes(k))) return family.id;
  return 'agreement';
}

export const REGION_COLORS: Record<Region | 'other', string> = {
  Africa: '#d68910',
  Americas: '#2e86c1',
  Asia: '#c0392b',
  Europe: '#1f618d',
  Oceania: '#17a589',
  Antarctic: '#839192',
  other: '#7f8c8d',
};

export const NODE_KINDS = [
  { id: 'country', label: 'Country (colour = region)', shape: 'ellipse' },
  { id: 'person', label: 'Person', shape: 'round-rectangle' },
  { id: 'organization', label: 'Organisation', shape: 'hexagon' },
] as const;

export function regionOf(region: unknown): Region | 'other' {
  return (REGION_LIST as readonly string[]).includes(region as string) ? (region as Region) : 'other';
}
