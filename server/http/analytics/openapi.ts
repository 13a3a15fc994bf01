// The analytics paths for the OpenAPI document, in the shape zod-openapi's createDocument({ paths })
// takes; the lead merges them under /api/analytics.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { Problem } from '../problem.js';
import { BlocChangesQuery, BlocChangesResponse, MetricsQuery, MetricsResponse, SeriesQuery, SeriesResponse } from './schema.js';

export const ANALYTICS_BASE = '/api/analytics';

const problems = {
  '400': { description: 'Malformed query', content: { 'application/problem+json': { schema: Problem } } },
  '422': { description: 'Query values that make no sense (unknown country, range ending before it starts, unavailable implementation)', content: { 'application/problem+json': { schema: Problem } } },
  '503': { description: 'Store unavailable', content: { 'application/problem+json': { schema: Problem } } },
};

export const analyticsOpenApiPaths: ZodOpenApiPathsObject = {
  [`${ANALYTICS_BASE}/metrics`]: {
    get: {
      operationId: 'getMetrics',
      tags: ['analytics'],
      summary: 'Centrality and communities of the network of a window',
      description: 'Degree, weighted degree, betweenness, weighted PageRank and Louvain communities (seeded) of the network the same filters give at /api/network. Results are cached per window and filters.',
      requestParams: { query: MetricsQuery },
      responses: { '200': { description: 'Metrics per node and the communities', content: { 'application/json': { schema: MetricsResponse } } }, ...problems },
    },
  },
  [`${ANALYTICS_BASE}/metrics/series`]: {
    get: {
      operationId: 'getMetricsSeries',
      tags: ['analytics'],
      summary: 'Metrics per year or month over a range, with each actor’s community',
      requestParams: { query: SeriesQuery },
      responses: { '200': { description: 'One value per period and actor; communities aligned across periods', content: { 'application/json': { schema: SeriesResponse } } }, ...problems },
    },
  },
  [`${ANALYTICS_BASE}/blocs/changes`]: {
    get: {
      operationId: 'getBlocChanges',
      tags: ['analytics'],
      summary: 'Actors that changed community between two moments, and the largest rises and falls in centrality',
      requestParams: { query: BlocChangesQuery },
      responses: { '200': { description: 'Moves, matched communities, rises and falls', content: { 'application/json': { schema: BlocChangesResponse } } }, ...problems },
    },
  },
};
