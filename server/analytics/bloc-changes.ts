// "Blocs that changed" between two moments: communities matched by overlap, the actors whose
// community is not the counterpart of their earlier one, and the largest rises and falls of one
// centrality (an actor absent at one moment counts as 0 there).
import { alignCommunities, type CommunityMatch } from './match-communities.js';
import type { Centrality, Community, MetricsResult } from './types.js';

export interface BlocMove { id: string; label: string; before: number; after: number; formerPartners: string[]; newPartners: string[] }
export interface CentralityChange { id: string; label: string; before: number; after: number; delta: number }

export interface BlocChanges {
  implementation: string;
  metric: Centrality;
  before: { window: MetricsResult['window']; communities: Community[] };
  /** Communities at the later moment, numbered in the earlier numbering where matched. */
  after: { window: MetricsResult['window']; communities: Community[] };
  matches: CommunityMatch[];
  moved: BlocMove[];
  entered: string[];
  left: string[];
  rises: CentralityChange[];
  falls: CentralityChange[];
}

const PARTNERS_SHOWN = 10;

export function blocChanges(before: MetricsResult, after: MetricsResult, options: { metric: Centrality; limit: number }): BlocChanges {
  const cb = new Map(before.nodes.filter((n) => n.community !== undefined).map((n) => [n.id, n.community!]));
  const ca = new Map(after.nodes.filter((n) => n.community !== undefined).map((n) => [n.id, n.community!]));
  const { relabel, matches } = alignCommunities(cb, ca);
  const afterAligned = new Map([...ca].map(([id, label]) => [id, relabel.get(label)!]));
  const membersAfter = new Map<number, string[]>();
  for (const [id, label] of afterAligned) (membersAfter.get(label) ?? membersAfter.set(label, []).get(label)!).push(id);
  const membersBefore = new Map(before.communities.map((c) => [c.id, c.members]));
  const labelOf = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n.label]));

  const moved: BlocMove[] = [];
  for (const [id, b] of cb) {
    const a = afterAligned.get(id);
    if (a === undefined || a === b) continue;
    const nowWith = new Set(membersAfter.get(a));
    const thenWith = new Set(membersBefore.get(b));
    moved.push({
      id,
      label: labelOf.get(id) ?? id,
      before: b,
      after: a,
      formerPartners: [...thenWith].filter((x) => x !== id && afterAligned.has(x) && !nowWith.has(x)).sort().slice(0, PARTNERS_SHOWN),
      newPartners: [...nowWith].filter((x) => x !== id && !thenWith.has(x) && cb.has(x)).sort().slice(0, PARTNERS_SHOWN),
    });
  }
  moved.sort((x, y) => (x.id < y.id ? -1 : 1));

  const vb = new Map(before.nodes.map((n) => [n.id, n[options.metric] ?? 0]));
  const va = new Map(after.nodes.map((n) => [n.id, n[options.metric] ?? 0]));
  const changes: CentralityChange[] = [...new Set([...vb.keys(), ...va.keys()])].map((id) => {
    const b = vb.get(id) ?? 0;
    const a = va.get(id) ?? 0;
    return { id, label: labelOf.get(id) ?? id, before: b, after: a, delta: a - b };
  });
  const byDelta = (x: CentralityChange, y: CentralityChange) => y.delta - x.delta || (x.id < y.id ? -1 : 1);
  const rises = changes.filter((c) => c.delta > 0).sort(byDelta).slice(0, options.limit);
  const falls = changes.filter((c) => c.delta < 0).sort((x, y) => x.delta - y.delta || (x.id < y.id ? -1 : 1)).slice(0, options.limit);

  const alignedCommunities: Community[] = [...membersAfter]
    .map(([id, members]) => ({ id, size: members.length, members: members.sort() }))
    .sort((x, y) => x.id - y.id);
  return {
    implementation: after.implementation,
    metric: options.metric,
    before: { window: before.window, communities: before.communities },
    after: { window: after.window, communities: alignedCommunities },
    matches,
    moved,
    entered: [...va.keys()].filter((id) => !vb.has(id)).sort(),
    left: [...vb.keys()].filter((id) => !va.has(id)).sort(),
    rises,
    falls,
  };
}
