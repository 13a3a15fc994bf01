// The view state: everything a shared link must reproduce (window, filters, selection, layout,
// language, path query, snapshot comparison). Pure and DOM-free so it is unit-tested in node.
import { z } from 'zod';
import { COLOR_MODES, SIZE_METRICS } from '../analytics/metrics.js';
import { MEETING_KIND_LIST, PACT_KIND_LIST, REGION_LIST } from '../graph-view/vocabulary.js';

const day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const entityId = z.string().regex(/^(country|person|org):[^\s]{1,80}$/);

/** Each field falls back to its default when a link carries a bad value: a stale link still opens. */
export const ViewState = z.object({
  /** 'window' shows events between from and to; 'date' shows the network as of `at`. */
  timeMode: z.enum(['window', 'date']).catch('window'),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  at: day.optional().catch(undefined),
  relations: z.array(z.enum(['met', 'pact'])).catch(['met', 'pact']),
  meetingKinds: z.array(z.enum(MEETING_KIND_LIST)).catch([]),
  pactKinds: z.array(z.enum(PACT_KIND_LIST)).catch([]),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).catch([]),
  regions: z.array(z.enum(REGION_LIST)).catch([]),
  minWeight: z.number().int().min(1).max(10_000).catch(1),
  persons: z.boolean().catch(false),
  organizations: z.boolean().catch(true),
  lang: z.enum(['en', 'ja', 'es']).catch('en'),
  layout: z.enum(['force', 'geo']).catch('force'),
  selected: z.string().max(300).optional().catch(undefined),
  ego: entityId.optional().catch(undefined),
  egoDepth: z.number().int().min(1).max(3).catch(1),
  pathSource: entityId.optional().catch(undefined),
  pathTarget: entityId.optional().catch(undefined),
  pathMode: z.enum(['shortest', 'all', 'k']).catch('shortest'),
  pathK: z.number().int().min(1).max(10).catch(3),
  pathRelations: z.array(z.enum(['met', 'pact'])).catch(['met', 'pact']),
  compareAt1: day.optional().catch(undefined),
  compareAt2: day.optional().catch(undefined),
  tool: z.enum(['filters', 'path', 'compare', 'rank', 'table']).catch('filters'),
  /** Node size: activity in the window (events) or a centrality from /api/analytics/metrics. */
  sizeBy: z.enum(SIZE_METRICS).catch('activity'),
  colorBy: z.enum(COLOR_MODES).catch('region'),
});
export type ViewState = z.infer<typeof ViewState>;

export const DEFAULT_STATE: ViewState = ViewState.parse({});

/** Fields that change what the server sends for the base network (as opposed to classes on it). */
export const NETWORK_FIELDS = ['relations', 'meetingKinds', 'pactKinds', 'countries', 'minWeight', 'persons', 'organizations'] as const;
