// Query and result shapes for reads: the contract between the store port, the HTTP API and the client.
import { z } from 'zod';
import { PartialDate } from '../dates/partial-date.js';
import { MEETING_KINDS, PACT_KINDS } from '../event/schema.js';

export const RELATIONS = ['met', 'pact'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(item));

/** A time window; either end may be open. Partial dates widen to the whole month or year. */
export const Window = z
  .object({ from: PartialDate.optional(), to: PartialDate.optional() })
  .refine((w) => !w.from || !w.to || w.from.slice(0, w.to.length) <= w.to, { message: 'window ends before it starts', path: ['to'] });
export type Window = z.infer<typeof Window>;

/** The most event ids an edge can carry (what exports ask for). */
export const MAX_EVENT_IDS_PER_EDGE = 50;

export const NetworkQuery = z.object({
  from: PartialDate.optional().meta({ description: 'Window start (inclusive)' }),
  to: PartialDate.optional().meta({ description: 'Window end (inclusive)' }),
  relations: csv(Relation).default([...RELATIONS]).meta({ description: 'met, pact or both' }),
  meetingKinds: csv(z.enum(MEETING_KINDS)).optional(),
  pactKinds: csv(z.enum(PACT_KINDS)).optional(),
  countries: csv(z.string().regex(/^[A-Z]{2}$/)).optional().meta({ description: 'Keep only ties touching these countries' }),
  minWeight: z.coerce.number().int().min(1).default(1),
  includePersons: z.preprocess((v) => v === 'true' || v === '1' || v === true, z.boolean()).default(false),
  includeOrganizations: z.preprocess((v) => v === undefined ? true : v === 'true' || v === '1' || v === true, z.boolean()).default(true),
  eventIdsPerEdge: z.coerce.number().int().min(0).max(MAX_EVENT_IDS_PER_EDGE).default(3)
    .meta({ description: 'How many event ids (newest first) each edge carries; /api/pairs/{a}/{b}/events pages through all of them' }),
}).meta({ id: 'NetworkQuery' });
export type NetworkQuery = z.infer<typeof NetworkQuery>;

export const NodeData = z.object({
  id: z.string(),
  kind: z.enum(['country', 'person', 'organization']),
  label: z.string(),
  names: z.record(z.string(), z.string()).optional(),
  code: z.string().optional(),
  country: z.string().nullish(),
  region: z.string().nullish(),
  lat: z.number().nullish(),
  lon: z.number().nullish(),
  weight: z.number().meta({ description: 'Activity: events in the window' }),
}).catchall(z.unknown());
export type NodeData = z.infer<typeof NodeData>;

export const EdgeData = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  relation: z.enum(['met', 'pact', 'represents', 'attended']),
  kinds: z.array(z.string()).meta({ description: 'Meeting or pact kinds on this tie' }),
  weight: z.number(),
  meetings: z.number().int(),
  pacts: z.number().int(),
  firstDate: z.string().nullish(),
  lastDate: z.string().nullish(),
  eventIds: z.array(z.string()).meta({ description: 'The newest event ids behind the tie (as many as the query\'s eventIdsPerEdge), newest first' }),
}).catchall(z.unknown());
export type EdgeData = z.infer<typeof EdgeData>;

export const Network = z.object({
  nodes: z.array(z.object({ data: NodeData })),
  edges: z.array(z.object({ data: EdgeData })),
  window: z.object({ from: z.string().nullish(), to: z.string().nullish() }),
  meta: z.record(z.string(), z.unknown()).optional(),
}).meta({ id: 'Network', description: 'Nodes and edges in the shape cytoscape.add() takes' });
export type Network = z.infer<typeof Network>;

const positions = (description: string) => z.array(z.number().int().min(0)).meta({ description });
const dateAt = (description: string) => z.array(z.number().int().min(0).nullable()).meta({ description });

/** The same network as columns (columns.ts converts both ways): one entry per edge in every
 * edge column; an edge's id is `relation:source|target`, and its meetings and pacts are its
 * weight on the side its relation names (columns.ts countsOf), so neither is sent. */
export const EdgeColumns = z.object({
  source: positions('Position of each edge\'s source in nodes'),
  target: positions('Position of each edge\'s target in nodes'),
  relation: positions('Position of each edge\'s relation in relations'),
  relations: z.array(z.string()),
  kinds: positions('Position of each edge\'s kinds in kindSets'),
  kindSets: z.array(z.array(z.string())),
  weight: z.array(z.number()).meta({ description: 'Events on each edge: meetings for met and attended edges, pacts for pact edges' }),
  firstDate: dateAt('Position of each edge\'s first date in dates; null when it has none'),
  lastDate: dateAt('Position of each edge\'s last date in dates; null when it has none'),
  dates: z.array(z.string()).meta({ description: 'The dates the edges name (ISO 8601, as precise as known), each once' }),
  eventIdCount: positions('How many of eventIds, in edge order, belong to each edge; absent when eventIds is empty').optional(),
  eventIds: z.array(z.string()),
}).meta({ id: 'EdgeColumns' });
export type EdgeColumns = z.infer<typeof EdgeColumns>;

export const NetworkColumns = z.object({
  shape: z.literal('columns'),
  nodes: z.array(NodeData),
  edges: EdgeColumns,
  window: z.object({ from: z.string().nullish(), to: z.string().nullish() }),
  meta: z.record(z.string(), z.unknown()).optional(),
}).meta({ id: 'NetworkColumns', description: 'A network as columns (shape=columns): about a third of the bytes of the elements shape for large networks' });
export type NetworkColumns = z.infer<typeof NetworkColumns>;

export const PathQuery = z.object({
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  source: z.string().min(3).meta({ description: 'Entity id, e.g. country:JP or person:…' }),
  target: z.string().min(3),
  mode: z.enum(['shortest', 'all', 'k']).default('shortest'),
  k: z.coerce.number().int().min(1).max(10).default(3),
  relations: csv(Relation).default([...RELATIONS]),
  maxHops: z.coerce.number().int().min(1).max(8).default(6),
}).meta({ id: 'PathQuery' });
export type PathQuery = z.infer<typeof PathQuery>;

export const EventSummary = z.object({
  id: z.string(),
  type: z.enum(['meeting', 'pact']),
  kind: z.string(),
  title: z.string().nullish(),
  date: z.string().nullish(),
  endDate: z.string().nullish(),
  status: z.string().nullish(),
  place: z.string().nullish(),
  participants: z.array(z.string()).meta({ description: 'Entity ids' }),
}).meta({ id: 'EventSummary' });
export type EventSummary = z.infer<typeof EventSummary>;

export const Page = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number().int(), offset: z.number().int(), limit: z.number().int(), items: z.array(item) });
export interface PageOf<T> { total: number; offset: number; limit: number; items: T[] }

export const Paging = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
