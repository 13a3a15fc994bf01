// The events behind a view as an interchange document: loading it elsewhere (POST /api/import,
// `entente load`) rebuilds the same ties.
import { interchangeFromRows } from '../domain/interchange/from-batch.js';
import type { WriteBatch } from '../store/graph-store.js';
import type { ExportFormat } from './format.js';

/** Restricts a full dump to the given events and what they reference. */
export function rowsForEvents(all: WriteBatch & { documents?: WriteBatch['document'][] }, eventIds: Set<string>) {
  const attended = all.attended.filter((r) => eventIds.has(r.meeting));
  const partyTo = all.partyTo.filter((r) => eventIds.has(r.pact));
  const reportedIn = all.reportedIn.filter((r) => eventIds.has(r.event));
  const entityIds = new Set([...attended.map((r) => r.entity), ...partyTo.map((r) => r.entity)]);
  const documentIds = new Set(reportedIn.map((r) => r.document));
  const documents = [...(all.documents ?? []), all.document].filter((d): d is NonNullable<typeof d> => !!d && documentIds.has(d.id));
  return {
    ...all,
    document: null,
    documents: [...new Map(documents.map((d) => [d.id, d])).values()],
    meetings: all.meetings.filter((m) => eventIds.has(m.id)),
    pacts: all.pacts.filter((p) => eventIds.has(p.id)),
    attended,
    partyTo,
    reportedIn,
    persons: all.persons.filter((p) => entityIds.has(p.id)),
    organizations: all.organizations.filter((o) => entityIds.has(o.id)),
    represents: all.represents.filter((r) => entityIds.has(r.person)),
  };
}

export const interchangeJson: ExportFormat = {
  id: 'json',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  description: 'Entente interchange JSON (the events behind the view, re-importable)',
  async write({ network, store }) {
    if (!store) throw new Error('exports/interchange-json: a store is needed to read the events behind the view');
    const eventIds = new Set(network.edges.flatMap((e) => e.data.eventIds));
    const rows = rowsForEvents(await store.dump(), eventIds);
    return `${JSON.stringify(interchangeFromRows(rows), null, 2)}\n`;
  },
};
