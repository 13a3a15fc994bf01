// What a committed write batch changes in the projection, from the batch alone: its new events
// with their actors, and actors it adds to events already stored (the store keeps an existing
// node as it is and only adds the edges it lacks, and so does EventTable.add).
import type { EventFacts, WriteBatch } from '../graph-store.js';
import { isActorId } from '../../domain/ids.js';


/** The facts to add, and the ids of stored events the batch only adds edges to. */
export function factsOfBatch(batch: WriteBatch): { facts: EventFacts[]; touched: string[] } {
  const actors = new Map<string, string[]>();
  const note = (event: string, entity: string) => {
    if (!isActorId(entity)) return;
    const list = actors.get(event);
    if (list) list.push(entity); else actors.set(event, [entity]);
  };
  for (const r of batch.attended) note(r.meeting, r.entity);
  for (const r of batch.partyTo) note(r.pact, r.entity);
  const facts: EventFacts[] = [];
  const seen = new Set<string>();
  const add = (type: EventFacts['type'], rows: WriteBatch['meetings'] | WriteBatch['pacts']) => {
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      facts.push({ id: r.id, type, kind: r.kind, dateFrom: r.dateFrom, dateTo: r.dateTo, dateKnown: r.dateKnown, actors: actors.get(r.id) ?? [] });
    }
  };
  add('meeting', batch.meetings);
  add('pact', batch.pacts);
  const touched = [...actors.keys()].filter((id) => !seen.has(id));
  return { facts, touched };
}
