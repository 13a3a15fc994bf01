// The reverse of plan.ts: rows read back from a store become an interchange document again
// (`entente export --format json`). Loading the result reproduces the same graph.
import type { WriteBatch } from '../../store/graph-store.js';
import type { Event, Participant } from '../event/schema.js';
import type { Interchange } from './schema.js';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION } from './schema.js';

const code = (id: string) => id.slice(id.indexOf(':') + 1);

export function interchangeFromRows(rows: WriteBatch & { documents?: WriteBatch['document'][] }): Interchange {
  const persons = new Map(rows.persons.map((p) => [p.id, p]));
  const byEvent = <T extends { event?: string; meeting?: string; pact?: string }>(list: T[], key: (r: T) => string) => {
    const m = new Map<string, T[]>();
    for (const r of list) { const k = key(r); m.set(k, [...(m.get(k) ?? []), r]); }
    return m;
  };
  const attended = byEvent(rows.attended, (r) => r.meeting);
  const partyTo = byEvent(rows.partyTo, (r) => r.pact);
  const evidence = byEvent(rows.reportedIn, (r) => r.event);

  const participantOf = (entity: string, role: string | null = null): Participant | null => {
    if (entity.startsWith('country:')) return { type: 'country', code: code(entity) };
    if (entity.startsWith('org:')) return { type: 'organization', code: code(entity) };
    const p = persons.get(entity);
    return p ? { type: 'person', id: p.id, name: p.name, country: p.country ? code(p.country) : null, role } : null;
  };
  const evidenceOf = (id: string) => (evidence.get(id) ?? []).map((e) => ({ documentId: e.document, start: e.start, end: e.end, quote: e.quote || undefined, rule: e.rule || undefined }));
  const source = (r: { sourceCitation: string | null; sourceUrl: string | null }) => (r.sourceCitation ? { citation: r.sourceCitation, url: r.sourceUrl } : null);

  const events: Event[] = [
    ...rows.meetings.map((m): Event => ({
      type: 'meeting', id: m.id, kind: m.kind as Extract<Event, { type: 'meeting' }>['kind'], title: m.title || null, date: m.date, endDate: m.endDate,
      status: m.status as 'held' | 'planned', place: m.place ? code(m.place) : null, placeName: m.placeName,
      participants: (attended.get(m.id) ?? []).map((a) => participantOf(a.entity, a.role)).filter((p): p is Participant => p !== null),
      evidence: evidenceOf(m.id), source: source(m), curated: m.curated,
    })),
    ...rows.pacts.map((p): Event => ({
      type: 'pact', id: p.id, kind: p.kind as Extract<Event, { type: 'pact' }>['kind'], title: p.title || null, date: p.date, endDate: p.endDate,
      status: p.status as Extract<Event, { type: 'pact' }>['status'], names: p.names, obligations: p.obligations,
      participants: (partyTo.get(p.id) ?? []).map((a) => participantOf(a.entity)).filter((x): x is Participant => x !== null),
      evidence: evidenceOf(p.id), source: source(p), curated: p.curated,
    })),
  ];
  const documents = (rows.documents ?? (rows.document ? [rows.document] : [])).filter((d): d is NonNullable<typeof d> => d !== null);
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    documents: documents.map((d) => ({ id: d.id, title: d.title, lang: d.lang as 'en', published: d.published, source: { name: d.sourceName, url: d.sourceUrl }, curated: d.curated })),
    entities: {
      persons: rows.persons.map((p) => ({
        id: p.id, name: p.name, aliases: p.aliases, country: p.country ? code(p.country) : null,
        affiliations: rows.represents.filter((r) => r.person === p.id && r.role).map((r) => ({ country: code(r.country), role: r.role, from: r.from, to: r.to })),
      })),
      organizations: rows.organizations.map((o) => ({ code: o.code, names: { en: o.nameEn, ja: o.nameJa || undefined, es: o.nameEs || undefined }, aliases: o.aliases })),
    },
    events,
  };
}
