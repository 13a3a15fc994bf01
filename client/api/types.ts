// Response shapes of the HTTP API as the client reads them. Network shapes come from the shared
// domain schema (type-only imports: nothing from the server is bundled).
import type { EdgeData, EventSummary, Network, NetworkColumns, NodeData, PageOf } from '../../server/domain/network/schema.js';

export type { EdgeData, EventSummary, Network, NetworkColumns, NodeData, PageOf };

export interface Health {
  status: string;
  store: { kind: string; engine?: string; location?: string };
  counts: Record<string, number>;
}

export interface Stats {
  counts: { nodes: Record<string, number>; edges: Record<string, number> };
  timeRange: { from: string | null; to: string | null };
  store?: unknown;
}

export interface SearchItem { id: string; kind: string; label: string; names?: Record<string, string>; matched?: string }
export interface SearchResult { items: SearchItem[] }

export interface Counterpart { id: string; label: string; meetings: number; pacts: number }
export interface EntityDetail {
  entity: { id: string; kind: string; label: string; names?: Record<string, string>; [key: string]: unknown };
  roles: unknown[];
  counterparts: Counterpart[];
  timeline: { year: string | number; meetings: number; pacts: number }[];
}

export interface EvidenceItem {
  documentId: string;
  documentTitle?: string | null;
  published?: string | null;
  lang?: string | null;
  sourceName?: string | null;
  sourceUrl?: string | null;
  start?: number;
  end?: number;
  quote?: string | null;
  rule?: string | null;
}

export interface EventDetail {
  event: { id: string; type: 'meeting' | 'pact'; kind: string; title?: string | null; date?: string | null; endDate?: string | null; status?: string | null; place?: string | null; placeName?: string | null; names?: string[] | null; [key: string]: unknown };
  participants: { id: string; kind: string; label: string }[];
  evidence: EvidenceItem[];
}

export interface PathHop { source: string; target: string; events: (EventSummary & { quote?: string | null; evidence?: EvidenceItem | EvidenceItem[] | null })[]; total?: number }
export interface PathResult { paths: { nodes: string[]; hops: PathHop[] }[]; network: Network }

export type DiffElement = string | { data: Record<string, unknown> & { id: string } } | (Record<string, unknown> & { id: string });
export interface DiffChange { id: string; source: string; target: string; before: number; after: number }
export interface DiffResult {
  added: { nodes: DiffElement[]; edges: DiffElement[] };
  removed: { nodes: DiffElement[]; edges: DiffElement[] };
  strengthened: DiffChange[];
  weakened: DiffChange[];
}

export interface TimelineResult { buckets: { period: string; meetings: number; pacts: number }[] }

export interface IngestResult {
  document?: { id?: string; title?: string; lang?: string; published?: string } & Record<string, unknown>;
  events: (Record<string, unknown> & { type?: string; kind?: string; date?: string | null; participants?: unknown[]; evidence?: { quote?: string }[] })[];
  entities?: unknown;
  warnings?: { code?: string; message: string }[];
  report?: Record<string, unknown>;
}

export interface Problem { type?: string; title?: string; status?: number; detail?: string; errors?: { path: string; message: string }[] }
