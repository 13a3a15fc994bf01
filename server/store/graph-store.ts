// The store port. Everything outside server/store talks to a graph database through this
// interface only; each adapter (embedded LadybugDB, Neo4j) implements it with the named
// .cypher files under cypher/<adapter>/. test/store/graph-store.contract.ts is the suite every
// adapter must pass.
import type { EventSummary, PageOf, Relation } from '../domain/network/schema.js';

export type StoreKind = 'embedded' | 'neo4j';

export interface StoreInfo {
  kind: StoreKind;
  /** Engine name and version, e.g. "ladybugdb 0.19.1" or "neo4j 5.26.0". */
  engine: string;
  location: string;
  /** Present when an in-memory projection answers reads (server/store/projection). */
  projection?: { state: 'loading' | 'ready' | 'failed'; events: number; actors: number; pairs: number; loadMs: number | null; error?: string };
}

// ---- write rows: flat records produced by domain/interchange/plan.ts ----------------------
export interface DocumentRow { id: string; title: string; lang: string; published: string; sourceName: string; sourceUrl: string | null; curated: boolean; textLength: number }
export interface CountryRow { id: string; code: string; nameEn: string; nameJa: string; nameEs: string; region: string | null; subregion: string | null; lat: number | null; lon: number | null; searchText: string }
export interface OrganizationRow { id: string; code: string; nameEn: string; nameJa: string; nameEs: string; aliases: string[]; searchText: string }
export interface PersonRow { id: string; name: string; aliases: string[]; country: string | null; searchText: string }
/** dateFrom/dateTo: the inclusive day span covered (YYYY-MM-DD); for an undated event the citing document's date, with dateKnown false. */
export interface EventSpan { date: string | null; endDate: string | null; dateFrom: string; dateTo: string; precision: 'day' | 'month' | 'year' | 'unknown'; dateKnown: boolean }
export interface MeetingRow extends EventSpan { id: string; kind: string; title: string; status: string; place: string | null; placeName: string | null; curated: boolean; sourceCitation: string | null; sourceUrl: string | null }
export interface PactRow extends EventSpan { id: string; kind: string; title: string; status: string; names: string[]; obligations: string[]; curated: boolean; sourceCitation: string | null; sourceUrl: string | null }
/** entity: a country:, person: or org: id. */
export interface AttendedRow { entity: string; meeting: string; role: string | null }
export interface PartyToRow { entity: string; pact: string }
export interface RepresentsRow { person: string; country: string; role: string; from: string | null; to: string | null }
export interface HeldInRow { meeting: string; country: string }
export interface ReportedInRow { event: string; document: string; start: number; end: number; quote: string; rule: string }
/** Derived tie between two actors (country: or org: ids, a < b) for one event: makes windowed
 * networks and path queries cheap without scanning the bipartite event graph. */
export interface TieRow { a: string; b: string; event: string; relation: Relation; kind: string; dateFrom: string; dateTo: string }

export interface WriteBatch {
  document: DocumentRow | null;
  /** More documents written like `document` (what dump() returns them in, since a dump holds many). */
  documents?: DocumentRow[];
  countries: CountryRow[];
  organizations: OrganizationRow[];
  persons: PersonRow[];
  meetings: MeetingRow[];
  pacts: PactRow[];
  attended: AttendedRow[];
  partyTo: PartyToRow[];
  represents: RepresentsRow[];
  heldIn: HeldInRow[];
  reportedIn: ReportedInRow[];
  ties: TieRow[];
  /** Stored events the batch attaches participants or evidence to without rewriting them (a
   * report of a meeting already held), with their stored spans. Adapters write nothing for
   * them; the read cache needs the spans to judge which windows the write can change. */
  linked?: LinkedEvent[];
}

/** A stored event's id and inclusive day span. */
export interface LinkedEvent { id: string; dateFrom: string; dateTo: string }

export interface WriteStats { nodesCreated: number; edgesCreated: number; documentSkipped: boolean }

export interface Counts {
  nodes: { countries: number; persons: number; organizations: number; meetings: number; pacts: number; documents: number };
  edges: { attended: number; partyTo: number; represents: number; heldIn: number; reportedIn: number; ties: number };
}

export interface TimeWindow { from?: string; to?: string }

export interface TieQuery extends TimeWindow {
  relations: Relation[];
  meetingKinds?: string[];
  pactKinds?: string[];
}

/** One aggregated tie: every event between a and b of one relation in the window (kinds sorted, each once; event ids newest first). */
export interface TieAggregate { a: string; b: string; relation: Relation; kinds: string[]; count: number; firstDate: string; lastDate: string; eventIds: string[] }

/** The network's tie filters: ties of at least minWeight events, without organisations when
 * includeOrganizations is false, and with one of `countries` (ISO codes) as an end when given. */
export interface TieFilters { minWeight: number; includeOrganizations: boolean; countries?: string[] }

/** Ties for a network: filtered, with at most maxEventIds (newest) ids each. */
export interface NetworkTieQuery extends TieQuery, TieFilters { maxEventIds: number }

/** The kept ties and, per actor on them, how many distinct events its kept ties carry. */
export interface NetworkTies { ties: TieAggregate[]; weights: Record<string, number> }

export interface NodeRecord { id: string; kind: 'country' | 'person' | 'organization' | 'meeting' | 'pact' | 'document'; props: Record<string, unknown> }

export interface YearActivity { year: string; meetings: number; pacts: number }

/** Per-year rows (year, meeting or pact, count) folded into YearActivity rows in year order. */
export function foldActivity(rows: { year: string; type: 'meeting' | 'pact'; n: number }[]): YearActivity[] {
  const byYear = new Map<string, YearActivity>();
  for (const r of rows) {
    const y = byYear.get(r.year) ?? { year: r.year, meetings: 0, pacts: 0 };
    if (r.type === 'meeting') y.meetings += r.n; else y.pacts += r.n;
    byYear.set(r.year, y);
  }
  return [...byYear.values()].sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
}

export interface EntityHit { id: string; kind: 'country' | 'person' | 'organization'; label: string; matched: string }

export interface EvidenceRecord { documentId: string; documentTitle: string; published: string; lang: string; sourceName: string; sourceUrl: string | null; start: number; end: number; quote: string; rule: string }
export interface EventDetailRecord { event: NodeRecord; participants: NodeRecord[]; place: string | null; evidence: EvidenceRecord[] }

export interface AttendanceRow { meeting: string; kind: string; dateFrom: string; dateTo: string; entities: string[] }

/** What a projection keeps of one event: its day span, kind, and actors (country:/org: ids). */
export interface EventFacts { id: string; type: 'meeting' | 'pact'; kind: string; dateFrom: string; dateTo: string; dateKnown: boolean; actors: string[] }

export interface PathSearch extends TieQuery { source: string; target: string; maxHops: number; all: boolean }

/** An undirected weighted graph for the database's own algorithms: nodes are 0..nodeCount-1,
 * one edge per pair (a < b), weight > 0. The caller builds it, so every engine sees one input. */
export interface AlgorithmGraph { nodeCount: number; edges: { a: number; b: number; weight: number }[] }
export interface AlgorithmRequest { degree: boolean; weightedDegree: boolean; pagerank: boolean; betweenness: boolean; communities: boolean }
/** Per node index. PageRank sums to 1; betweenness is normalised by (n-1)(n-2)/2 (hops, not weights). */
export interface AlgorithmResult { degree?: number[]; weightedDegree?: number[]; pagerank?: number[]; betweenness?: number[]; communities?: number[] }
/** Graph algorithms that run inside the database (Neo4j GDS). */
export interface StoreAlgorithms {
  /** Stable id named in analytics responses, e.g. "neo4j-gds". */
  readonly id: string;
  readonly description: string;
  run(graph: AlgorithmGraph, request: AlgorithmRequest): Promise<AlgorithmResult>;
}

export interface GraphStore {
  readonly info: StoreInfo;
  /** Creates the schema if missing; safe to call on an existing database. */
  init(): Promise<void>;
  close(): Promise<void>;

  // writes -----------------------------------------------------------------------------------
  /** Writes one batch in one transaction: all of it or nothing. Nodes and edges that already
   * exist (same id / same endpoints and key) are left as they are, so a repeat changes nothing. */
  writeBatch(batch: WriteBatch): Promise<WriteStats>;
  hasDocument(id: string): Promise<boolean>;
  /** Meetings overlapping [dateFrom, dateTo] attended by exactly this set of actors (country:/org: ids), with their person ids. */
  findMeetings(dateFrom: string, dateTo: string, actors: string[]): Promise<(LinkedEvent & { persons: string[] })[]>;
  /** Pacts whose parties are exactly this set, with their names, date and stored span. */
  findPacts(parties: string[]): Promise<(LinkedEvent & { kind: string; names: string[]; date: string | null })[]>;

  // reads ------------------------------------------------------------------------------------
  counts(): Promise<Counts>;
  timeRange(): Promise<{ from: string | null; to: string | null }>;
  search(text: string, limit: number): Promise<EntityHit[]>;
  getNodes(ids: string[]): Promise<NodeRecord[]>;
  /** Roles a person held (REPRESENTS edges). */
  roles(personId: string): Promise<RepresentsRow[]>;
  /** Dated events of an entity counted per year of their date, by year. */
  activity(id: string): Promise<YearActivity[]>;
  entityEvents(id: string, window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>>;
  /** Actors sharing events with id in the window, ranked by meetings then pacts. */
  counterparts(id: string, window: TimeWindow, limit: number): Promise<{ id: string; meetings: number; pacts: number }[]>;
  eventDetail(id: string): Promise<EventDetailRecord | null>;
  /** Events shared by two actors (both attended / both party), newest first. */
  pairEvents(a: string, b: string, relations: Relation[], window: TimeWindow, offset: number, limit: number): Promise<PageOf<EventSummary>>;
  /** Aggregated ties in the window (events overlapping it; pacts in force in it). */
  ties(query: TieQuery): Promise<TieAggregate[]>;
  /** The ties a network shows, filtered where they are built and with few event ids each: what
   * windowed networks, snapshots and analytics read (see network-ties.ts for the meaning). */
  networkTies(query: NetworkTieQuery): Promise<NetworkTies>;
  /** Meetings in the window with all their attendees (countries, orgs, persons): for person-level networks. */
  attendance(query: TieQuery): Promise<AttendanceRow[]>;
  /** Shortest (or all shortest) paths over the tie graph as actor id sequences; [] when none. Uses the database's own shortest-path patterns. */
  shortestPaths(query: PathSearch): Promise<string[][]>;
  /** Every node and edge, for export. */
  dump(): Promise<WriteBatch>;
  /** Every meeting and pact (or those of `ids`) as EventFacts, handed to `sink` a chunk at a
   * time: the store's bulk read, for in-memory projections (server/store/projection). */
  scanEvents(sink: (rows: EventFacts[]) => void, ids?: string[]): Promise<void>;
  /** List summaries of these events (any order; unknown ids left out), looked up by key. */
  eventSummaries(ids: string[]): Promise<EventSummary[]>;
  /** The database's own graph algorithms, or null when it has none (asked once, then remembered). */
  algorithms(): Promise<StoreAlgorithms | null>;
}

export class StoreError extends Error {
  constructor(message: string, readonly code: 'unavailable' | 'locked' | 'corrupt' | 'conflict' | 'invalid' = 'unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}
