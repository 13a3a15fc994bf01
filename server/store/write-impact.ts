// What a write batch can change, as far as cached reads care: the day spans of the events it
// writes or extends, the actors and entities it touches, and the events and nodes it names. A
// read whose window, actor or ids miss all of that gets the same answer after the write, so the
// read cache keeps it. Conservative by construction: a batch whose events' spans are not all known
// from its own rows or its linked events (a person joining a meeting the batch neither carries
// nor links with its stored span) changes "everything".
import type { WriteBatch } from './graph-store.js';
import { daySpan, type DaySpan } from './window.js';

export interface WriteImpact {
  /** Day spans of every event the batch writes or links to; null: unknown, assume all windows. */
  spans: DaySpan[] | null;
  /** Countries, organisations and persons on any edge or row of the batch. */
  entities: Set<string>;
  /** Every node id the batch writes or links (events, documents, entities). */
  ids: Set<string>;
  /** The meetings and pacts it writes or links: the only stored records a write can change. */
  events: Set<string>;
  /** Whether the batch carries any row at all (an empty batch changes nothing). */
  any: boolean;
  /** Whether it writes country, organisation or person rows (what search looks through). */
  namesEntities: boolean;
}

export function impactOf(b: WriteBatch): WriteImpact {
  const entities = new Set<string>();
  const ids = new Set<string>();
  const spanOf = new Map<string, DaySpan>();
  for (const e of [...b.meetings, ...b.pacts]) { spanOf.set(e.id, { from: e.dateFrom, to: e.dateTo }); ids.add(e.id); }
  for (const t of b.ties) { spanOf.set(t.event, { from: t.dateFrom, to: t.dateTo }); entities.add(t.a); entities.add(t.b); ids.add(t.event); }
  // A stored event the batch attaches to keeps its stored span, which the merge looked up.
  for (const e of b.linked ?? []) if (!spanOf.has(e.id)) spanOf.set(e.id, { from: e.dateFrom, to: e.dateTo });
  for (const d of [...(b.document ? [b.document] : []), ...(b.documents ?? [])]) ids.add(d.id);
  for (const n of [...b.countries, ...b.organizations, ...b.persons]) { ids.add(n.id); entities.add(n.id); }
  const events = new Set<string>();
  for (const r of b.attended) { entities.add(r.entity); events.add(r.meeting); }
  for (const r of b.partyTo) { entities.add(r.entity); events.add(r.pact); }
  for (const r of b.heldIn) { entities.add(r.country); events.add(r.meeting); }
  for (const r of b.represents) { entities.add(r.person); entities.add(r.country); }
  // Evidence changes an event's detail, not the graph around it.
  for (const r of b.reportedIn) { ids.add(r.event); ids.add(r.document); }
  let known = true;
  for (const e of events) { ids.add(e); if (!spanOf.has(e)) known = false; }
  for (const e of spanOf.keys()) events.add(e);
  for (const e of entities) ids.add(e);
  const any = ids.size > 0;
  const namesEntities = b.countries.length + b.organizations.length + b.persons.length > 0;
  return { spans: known ? [...spanOf.values()] : null, entities, ids, events, any, namesEntities };
}

const overlaps = (impact: WriteImpact, window: { from?: string; to?: string } | undefined): boolean => {
  if (!impact.spans) return true;
  const w = daySpan(window ?? {});
  return impact.spans.some((s) => s.from <= w.to && s.to >= w.from);
};

const touchesEvents = (impact: WriteImpact, window: unknown): boolean =>
  impact.events.size > 0 && overlaps(impact, window as { from?: string; to?: string } | undefined);

/** Whether the read `name(...args)`, which answered `answer` (undefined while it runs), may
 * answer differently after a batch with this impact. */
export function mayChange(impact: WriteImpact, name: string, args: unknown[], answer?: unknown): boolean {
  if (!impact.any) return false;
  const [first, second] = args as [unknown, unknown];
  switch (name) {
    // Windowed views over the tie graph: only events overlapping the window count.
    case 'ties': case 'networkTies': case 'attendance': case 'shortestPaths':
      return overlaps(impact, first as { from?: string; to?: string });
    // Pages of event summaries and counterpart lists: a new event of the actor, or any event in
    // the window that gained participants or a place (its other participants, persons among
    // them, are not in the batch, and their summaries and counterparts change with it).
    case 'pairEvents':
      return impact.entities.has(first as string) || impact.entities.has(second as string) || touchesEvents(impact, args[3]);
    case 'entityEvents': case 'counterparts':
      return impact.entities.has(first as string) || touchesEvents(impact, second);
    // Per-year counts and roles of the actor's own events: only its own new edges change them.
    case 'activity': case 'roles':
      return impact.entities.has(first as string);
    case 'eventDetail':
      return impact.ids.has(first as string);
    case 'getNodes': {
      // Stored nodes are never rewritten, events aside; a node the answer lacked may be new now.
      const found = Array.isArray(answer) ? new Set((answer as { id: string }[]).map((n) => n.id)) : null;
      return (first as string[]).some((id) => impact.events.has(id) || (impact.ids.has(id) && !found?.has(id)));
    }
    case 'timeRange':
      return impact.spans === null || impact.spans.length > 0;
    case 'search':
      return impact.namesEntities;
    // counts and anything new: any write may change them.
    default:
      return true;
  }
}
