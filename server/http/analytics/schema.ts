// zod schemas of the analytics API: query parameters (the /network filters plus analytics
// options) and response bodies. Exported for the OpenAPI document (openapi.ts).
import { z } from 'zod';
import { CountryCode } from '../../domain/country/countries.js';
import { lastDay, PartialDate } from '../../domain/dates/partial-date.js';
import { NetworkQuery } from '../../domain/network/schema.js';
import { BUCKETS, periodCount } from '../../analytics/periods.js';
import { CENTRALITIES, METRICS } from '../../analytics/types.js';
import { checkNetworkQuery } from '../network/schema.js';

/** Periods one series request may span: 30 years by month. */
export const MAX_PERIODS = 360;

const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(item));

const RunOptions = {
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(42).meta({ description: 'Louvain rng seed: same seed, same data → same communities' }),
  resolution: z.coerce.number().positive().max(10).default(1).meta({ description: 'Louvain resolution (higher → more, smaller communities)' }),
  implementation: z.string().regex(/^[a-z0-9-]+$/).optional().meta({ description: 'Analytics implementation id (default: first available; "graphology" always is)' }),
};

const Filters = NetworkQuery.omit({ from: true, to: true, countries: true }).shape;

export const MetricsQuery = NetworkQuery.extend({
  metrics: csv(z.enum(METRICS)).default([...METRICS]).meta({ description: `Comma-separated: ${METRICS.join(', ')}` }),
  ...RunOptions,
}).superRefine(checkNetworkQuery).meta({ id: 'MetricsQuery' });
export type MetricsQuery = z.infer<typeof MetricsQuery>;

const ordered = (a: string, b: string) => a.slice(0, b.length) <= b;

export const SeriesQuery = z
  .object({
    ...Filters,
    countries: csv(CountryCode).optional().meta({ description: 'Countries to report (ISO alpha-2); all countries when omitted. Metrics are always of the whole network.' }),
    from: PartialDate.meta({ description: 'First period (YYYY or YYYY-MM)' }),
    to: PartialDate.meta({ description: 'Last period (inclusive)' }),
    bucket: z.enum(BUCKETS).default('year'),
    metric: csv(z.enum(CENTRALITIES)).default(['pagerank']).meta({ description: `Comma-separated: ${CENTRALITIES.join(', ')}; the community is always included` }),
    ...RunOptions,
  })
  .refine((q) => ordered(q.from, q.to), { message: 'the range ends before it starts', path: ['to'] })
  .refine((q) => periodCount(q.from, q.to, q.bucket) <= MAX_PERIODS, { message: `at most ${MAX_PERIODS} periods per request: narrow the range or use bucket=year`, path: ['to'] })
  .meta({ id: 'MetricsSeriesQuery' });
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const BlocChangesQuery = z
  .object({
    ...Filters,
    countries: NetworkQuery.shape.countries,
    at1: PartialDate.meta({ description: 'Earlier moment; a month or year means its last day. The network as of a day: pacts in force then, meetings of the 12 months before.' }),
    at2: PartialDate.meta({ description: 'Later moment' }),
    metric: z.enum(CENTRALITIES).default('pagerank').meta({ description: 'Centrality whose rises and falls are listed' }),
    limit: z.coerce.number().int().min(1).max(100).default(10).meta({ description: 'Rises and falls listed' }),
    ...RunOptions,
  })
  .superRefine((q, ctx) => {
    checkNetworkQuery({ countries: q.countries }, ctx);
    if (lastDay(q.at2) <= lastDay(q.at1)) ctx.addIssue({ code: 'custom', path: ['at2'], message: `at2 (${q.at2}) must end after at1 (${q.at1})` });
  })
  .meta({ id: 'BlocChangesQuery' });
export type BlocChangesQuery = z.infer<typeof BlocChangesQuery>;

// ---- responses -------------------------------------------------------------------------------
const Window = z.object({ from: z.string().nullable(), to: z.string().nullable() });

export const NodeMetrics = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  degree: z.number().int().optional().meta({ description: 'Distinct partners in the window' }),
  weightedDegree: z.number().optional().meta({ description: 'Events on the actor’s ties (meetings + pacts)' }),
  betweenness: z.number().optional().meta({ description: 'Shortest-path (hop) betweenness, normalised to [0, 1] as NetworkX does for undirected graphs' }),
  pagerank: z.number().optional().meta({ description: 'Weighted PageRank, damping 0.85; sums to 1 over the window' }),
  community: z.number().int().optional().meta({ description: 'Louvain community, 0 = largest' }),
}).meta({ id: 'NodeMetrics' });

export const Community = z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.string()) }).meta({ id: 'Community' });

export const MetricsResponse = z.object({
  implementation: z.string().meta({ description: 'Which implementation computed the figures', example: 'graphology' }),
  window: Window,
  nodes: z.array(NodeMetrics),
  communities: z.array(Community),
  modularity: z.number().optional(),
}).meta({ id: 'MetricsResponse' });

const SeriesPoint = z.object({
  period: z.string(),
  community: z.number().int().nullable().meta({ description: 'Community aligned across periods (same bloc, same number); null without ties in the period' }),
  degree: z.number().nullable().optional(),
  weightedDegree: z.number().nullable().optional(),
  betweenness: z.number().nullable().optional(),
  pagerank: z.number().nullable().optional(),
});

export const SeriesResponse = z.object({
  implementation: z.string(),
  periods: z.array(z.object({
    period: z.string(),
    window: z.object({ from: z.string(), to: z.string() }),
    nodeCount: z.number().int(),
    communityCount: z.number().int(),
    modularity: z.number().nullable(),
  })),
  series: z.array(z.object({ id: z.string(), label: z.string(), values: z.array(SeriesPoint) })),
}).meta({ id: 'MetricsSeriesResponse' });

const CentralityChange = z.object({ id: z.string(), label: z.string(), before: z.number(), after: z.number(), delta: z.number() });

export const BlocChangesResponse = z.object({
  implementation: z.string(),
  metric: z.enum(CENTRALITIES),
  before: z.object({ window: Window, communities: z.array(Community) }),
  after: z.object({ window: Window, communities: z.array(Community).meta({ description: 'Numbered like `before` where matched by overlap; fresh numbers otherwise' }) }),
  matches: z.array(z.object({ before: z.number().int(), after: z.number().int(), overlap: z.number().int(), jaccard: z.number() })),
  moved: z.array(z.object({
    id: z.string(), label: z.string(), before: z.number().int(), after: z.number().int(),
    formerPartners: z.array(z.string()).meta({ description: 'Up to 10 former bloc partners it left behind' }),
    newPartners: z.array(z.string()).meta({ description: 'Up to 10 actors of its new bloc that were in another one before' }),
  })).meta({ description: 'Actors present at both moments whose community is not the counterpart of their earlier one' }),
  entered: z.array(z.string()),
  left: z.array(z.string()),
  rises: z.array(CentralityChange),
  falls: z.array(CentralityChange),
}).meta({ id: 'BlocChangesResponse' });
