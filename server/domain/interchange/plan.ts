// Turns a validated interchange document into write batches (one per source document), with
// deterministic ids and the derived actor-to-actor ties. Pure: no store access.
import { countryNames, countryGeo, allCountryNames, LANGS } from '../country/countries.js';
import { firstDay, lastDay, precisionOf } from '../dates/partial-date.js';
import type { Document } from '../document/schema.js';
import type { Event, Participant } from '../event/schema.js';
import { countryId, foldName, hashOf, organizationId, personId } from '../ids.js';
import type { Organization } from '../organization/schema.js';
import type { Person } from '../person/schema.js';
import type { Interchange } from './schema.js';
import type { CountryRow, EventSpan, OrganizationRow, PersonRow, WriteBatch } from '../../store/graph-store.js';
import { organizationInfo } from '../organization/registry.js';

export const OPEN_END = '9999-12-31';
export const OPEN_START = '1000-01-01';

export function emptyBatch(): WriteBatch {
  return { document: null, countries: [], organizations: [], persons: [], meetings: [], pacts: [], attended: [], partyTo: [], represents: [], heldIn: [], reportedIn: [], ties: [] };
}

export function countryRow(code: string): CountryRow {
  const names = countryNames(code);
  const geo = countryGeo(code);
  const search = new Set<string>([code, ...LANGS.flatMap((l) => allCountryNames(code, l)), ...Object.values(names)]);
  return { id: countryId(code), code, nameEn: names.en, nameJa: names.ja, nameEs: names.es, region: geo?.region ?? null, subregion: geo?.subregion ?? null, lat: geo?.lat ?? null, lon: geo?.lon ?? null, searchText: searchTextOf([...search]) };
}

export function organizationRow(code: string, given?: Organization): OrganizationRow {
  const known = organizationInfo(code);
  const names = { en: given?.names.en ?? known?.names.en ?? code, ja: given?.names.ja ?? known?.names.ja ?? '', es: given?.names.es ?? known?.names.es ?? '' };
  const aliases = [...new Set([...(known?.aliases ?? []), ...(given?.aliases ?? [])])];
  return { id: organizationId(code), code, nameEn: names.en, nameJa: names.ja, nameEs: names.es, aliases, searchText: searchTextOf([code, names.en, names.ja, names.es, ...aliases]) };
}

export function searchTextOf(names: string[]): string {
  return [...new Set(names.filter(Boolean).flatMap((n) => [n.toLowerCase(), foldName(n)]))].join('\n');
}

/** Event id: the same event described twice (same kind of event, span, actors, persons) gets the same id. */
export function eventId(type: 'meeting' | 'pact', parts: { date: string | null; endDate?: string | null; actors: string[]; persons: string[]; kind: string; names?: string[] }): string {
  const key = type === 'meeting'
    ? [type, parts.date ?? '', parts.endDate ?? '', ...[...parts.actors].sort(), '|', ...[...parts.persons].sort()]
    : [type, parts.kind, parts.date ?? '', ...[...parts.actors].sort(), '|', ...(parts.names ?? []).map(foldName).sort()];
  return `${type}:${hashOf(...key).slice(0, 24)}`;
}

export function spanFor(e: Pick<Event, 'type' | 'date' | 'endDate'>, published: string | null): EventSpan {
  if (e.date) {
    const to = e.type === 'pact' && !e.endDate ? OPEN_END : lastDay(e.endDate ?? e.date);
    return { date: e.date, endDate: e.endDate ?? null, dateFrom: firstDay(e.date), dateTo: to, precision: precisionOf(e.date), dateKnown: true };
  }
  // Undated: the report shows the event existed by its publication date.
  const from = published ?? OPEN_START;
  return { date: null, endDate: null, dateFrom: from, dateTo: e.type === 'pact' ? OPEN_END : from, precision: 'unknown', dateKnown: false };
}

interface PersonIndex { byFold: Map<string, Person> }
function indexPersons(persons: Person[]): PersonIndex {
  const byFold = new Map<string, Person>();
  for (const p of persons) for (const n of [p.name, ...p.aliases]) byFold.set(`${p.country ?? ''}|${foldName(n)}`, p), byFold.set(`|${foldName(n)}`, p);
  return { byFold };
}

function resolvePerson(p: Extract<Participant, { type: 'person' }>, index: PersonIndex): Person & { id: string } {
  const known = index.byFold.get(`${p.country ?? ''}|${foldName(p.name)}`) ?? index.byFold.get(`|${foldName(p.name)}`);
  const base: Person = known ?? { name: p.name, aliases: [], country: p.country ?? null, affiliations: [] };
  const country = base.country ?? p.country ?? null;
  const aliases = [...new Set([...base.aliases, ...(foldName(p.name) !== foldName(base.name) ? [p.name] : [])])];
  return { ...base, country, aliases, id: p.id ?? base.id ?? personId(base.name, country) };
}

/** Actors of an event: its countries and organisations, plus the countries its persons represent. */
export function actorsOf(participants: Participant[], index?: PersonIndex): string[] {
  const actors = new Set<string>();
  for (const p of participants) {
    if (p.type === 'country') actors.add(countryId(p.code));
    else if (p.type === 'organization') actors.add(organizationId(p.code));
    else {
      const country = index ? resolvePerson(p, index).country : p.country;
      if (country) actors.add(countryId(country));
    }
  }
  return [...actors].sort();
}

/** Splits an interchange document into one write batch per source document (events go with
 * the document of their first evidence; events without evidence form a batch of their own). */
export function planWrites(doc: Interchange): WriteBatch[] {
  const index = indexPersons(doc.entities.persons);
  const orgsGiven = new Map(doc.entities.organizations.map((o) => [o.code, o]));
  const docsById = new Map(doc.documents.map((d) => [d.id, d]));
  const docOrder = new Map(doc.documents.map((d, i) => [d.id, i]));
  const batches = new Map<string | null, WriteBatch>();
  const batchFor = (documentId: string | null) => {
    let b = batches.get(documentId);
    if (!b) {
      b = emptyBatch();
      const d = documentId ? docsById.get(documentId) : undefined;
      if (d) b.document = documentRow(d);
      batches.set(documentId, b);
    }
    return b;
  };
  for (const d of doc.documents) batchFor(d.id);

  for (const e of doc.events) {
    const documentId = e.evidence[0]?.documentId ?? null;
    const b = batchFor(documentId);
    const published = documentId ? docsById.get(documentId)?.published ?? null : null;
    const persons = e.participants.filter((p): p is Extract<Participant, { type: 'person' }> => p.type === 'person').map((p) => ({ p, person: resolvePerson(p, index) }));
    const actors = actorsOf(e.participants, index);
    const span = spanFor(e, published);
    const id = e.id ?? eventId(e.type, { date: e.date, endDate: e.endDate, actors, persons: persons.map((x) => x.person.id), kind: e.kind, names: e.type === 'pact' ? e.names : [] });
    const title = e.title ?? '';
    const source = { curated: e.curated, sourceCitation: e.source?.citation ?? null, sourceUrl: e.source?.url ?? null };

    for (const a of actors) addActor(b, a, orgsGiven);
    for (const { p, person } of persons) {
      addPerson(b, person);
      if (person.country && (p.role || person.affiliations.length === 0)) {
        addRepresents(b, { person: person.id, country: countryId(person.country), role: p.role ?? '', from: null, to: null });
      }
      for (const aff of person.affiliations) addRepresents(b, { person: person.id, country: countryId(aff.country), role: aff.role, from: aff.from ?? null, to: aff.to ?? null });
    }
    if (e.type === 'meeting') {
      b.meetings.push({ id, kind: e.kind, title, status: e.status, place: e.place ?? null, placeName: e.placeName ?? null, ...span, ...source });
      for (const a of actors) b.attended.push({ entity: a, meeting: id, role: null });
      for (const { p, person } of persons) b.attended.push({ entity: person.id, meeting: id, role: p.role ?? null });
      if (e.place) { addActor(b, countryId(e.place), orgsGiven); b.heldIn.push({ meeting: id, country: countryId(e.place) }); }
    } else {
      b.pacts.push({ id, kind: e.kind, title: title || e.names[0] || '', status: e.status, names: e.names, obligations: e.obligations, ...span, ...source });
      for (const a of actors) b.partyTo.push({ entity: a, pact: id });
    }
    for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) {
      b.ties.push({ a: actors[i], b: actors[j], event: id, relation: e.type === 'meeting' ? 'met' : 'pact', kind: e.kind, dateFrom: span.dateFrom, dateTo: span.dateTo });
    }
    for (const ev of e.evidence) {
      // Batches are written in document order: evidence from another document goes with whichever
      // of the two batches comes later, so the event and the document both exist when it is written.
      const evBatch = (docOrder.get(ev.documentId) ?? -1) > (docOrder.get(documentId ?? '') ?? -1) ? batchFor(ev.documentId) : b;
      evBatch.reportedIn.push({ event: id, document: ev.documentId, start: ev.start, end: ev.end, quote: ev.quote ?? '', rule: ev.rule ?? '' });
    }
  }
  // Persons listed as entities but in no event still belong on the graph.
  const entityBatch = batchFor(doc.documents[0]?.id ?? null);
  for (const person of doc.entities.persons) {
    const resolved = { ...person, id: person.id ?? personId(person.name, person.country) };
    addPerson(entityBatch, resolved);
    for (const aff of person.affiliations) { addActor(entityBatch, countryId(aff.country), orgsGiven); addRepresents(entityBatch, { person: resolved.id, country: countryId(aff.country), role: aff.role, from: aff.from ?? null, to: aff.to ?? null }); }
  }
  for (const b of batches.values()) dedupeBatch(b);
  return [...batches.values()].filter((b) => b.document || b.meetings.length || b.pacts.length || b.persons.length);
}

function documentRow(d: Document) {
  return { id: d.id, title: d.title, lang: d.lang, published: d.published, sourceName: d.source.name, sourceUrl: d.source.url ?? null, curated: d.curated, textLength: d.text?.length ?? 0 };
}

function addActor(b: WriteBatch, id: string, orgs: Map<string, Organization>) {
  if (id.startsWith('country:')) b.countries.push(countryRow(id.slice(8)));
  else b.organizations.push(organizationRow(id.slice(4), orgs.get(id.slice(4))));
}

function addPerson(b: WriteBatch, p: Person & { id: string }) {
  b.persons.push({ id: p.id, name: p.name, aliases: p.aliases, country: p.country ? countryId(p.country) : null, searchText: searchTextOf([p.name, ...p.aliases]) } satisfies PersonRow);
  if (p.country) b.countries.push(countryRow(p.country));
}

function addRepresents(b: WriteBatch, r: WriteBatch['represents'][number]) {
  b.represents.push(r);
  b.countries.push(countryRow(r.country.slice(8)));
}

const uniqueBy = <T>(rows: T[], key: (r: T) => string, merge?: (a: T, b: T) => T): T[] => {
  const m = new Map<string, T>();
  for (const r of rows) { const k = key(r); const prev = m.get(k); m.set(k, prev && merge ? merge(prev, r) : prev ?? r); }
  return [...m.values()];
};

/** Within one batch each node once and each edge once (the first description wins; aliases and evidence accumulate). */
export function dedupeBatch(b: WriteBatch): WriteBatch {
  b.countries = uniqueBy(b.countries, (r) => r.id);
  b.organizations = uniqueBy(b.organizations, (r) => r.id);
  b.persons = uniqueBy(b.persons, (r) => r.id, (x, y) => ({ ...x, aliases: [...new Set([...x.aliases, ...y.aliases])].filter((a) => a !== x.name), searchText: searchTextOf([x.name, ...x.aliases, ...y.aliases]) }));
  b.meetings = uniqueBy(b.meetings, (r) => r.id);
  b.pacts = uniqueBy(b.pacts, (r) => r.id, (x, y) => ({ ...x, names: [...new Set([...x.names, ...y.names])] }));
  b.attended = uniqueBy(b.attended, (r) => `${r.entity}>${r.meeting}`);
  b.partyTo = uniqueBy(b.partyTo, (r) => `${r.entity}>${r.pact}`);
  b.represents = uniqueBy(b.represents, (r) => `${r.person}>${r.country}|${r.role}|${r.from ?? ''}|${r.to ?? ''}`);
  b.heldIn = uniqueBy(b.heldIn, (r) => `${r.meeting}>${r.country}`);
  b.reportedIn = uniqueBy(b.reportedIn, (r) => `${r.event}>${r.document}|${r.start}|${r.end}`);
  b.ties = uniqueBy(b.ties, (r) => `${r.a}|${r.b}|${r.event}`);
  return b;
}
