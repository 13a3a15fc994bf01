// What `GraphStore.networkTies` means, computed from the full ties: the adapters that read ties
// with Cypher answer it this way, and the projection (projection/window-ties.ts) computes the
// same without ever holding every event id of a window.
import type { NetworkTieQuery, NetworkTies, TieAggregate, TieFilters } from './graph-store.js';

/** How the filters see one actor: whether it may be an end at all (organisations can be left
 * out), and whether it is an end the countries filter asks for (every actor when there is none).
 * A tie is kept when both ends are allowed, one is wanted, and it has minWeight events or more. */
export function actorTestsOf(f: TieFilters): { allowed(id: string): boolean; wanted(id: string): boolean } {
  const countryIds = f.countries?.length ? new Set(f.countries.map((c) => `country:${c}`)) : null;
  return {
    allowed: (id) => f.includeOrganizations || !id.startsWith('org:'),
    wanted: (id) => !countryIds || countryIds.has(id),
  };
}

function tieFilterOf(f: TieFilters): (a: string, b: string, count: number) => boolean {
  const { allowed, wanted } = actorTestsOf(f);
  return (a, b, count) => count >= f.minWeight && allowed(a) && allowed(b) && (wanted(a) || wanted(b));
}

/** Keeps the ties passing the filters; an actor's weight is the number of distinct events on its
 * kept ties; each kept tie then keeps its newest maxEventIds ids. */
export function networkTiesOf(all: TieAggregate[], q: NetworkTieQuery): NetworkTies {
  const keep = tieFilterOf(q);
  const ties = all.filter((t) => keep(t.a, t.b, t.count));
  const eventsOf = new Map<string, Set<string>>();
  const touch = (id: string, events: string[]) => {
    let s = eventsOf.get(id);
    if (!s) eventsOf.set(id, (s = new Set()));
    for (const e of events) s.add(e);
  };
  for (const t of ties) { touch(t.a, t.eventIds); touch(t.b, t.eventIds); }
  const weights: Record<string, number> = {};
  for (const [id, events] of eventsOf) weights[id] = events.size;
  return { ties: ties.map((t) => (t.eventIds.length > q.maxEventIds ? { ...t, eventIds: t.eventIds.slice(0, q.maxEventIds) } : t)), weights };
}
