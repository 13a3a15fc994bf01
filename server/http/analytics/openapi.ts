// The analytics paths for the OpenAPI document, in the shape zod-openapi's createDocument({ paths })
// takes, under /api/analytics where the app mounts the router.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponses } from '../module.js';
import { BlocChangesQuery, BlocChangesResponse, MetricsQuery, MetricsResponse, SeriesQuery, SeriesResponse } from './schema.js';

export const ANALYTICS_BASE = '/api/analytics';

export const analyticsOpenApiPaths: ZodOpenApiPathsObject = {
  [`${ANALYTICS_BASE}/metrics`]: {
    get: {
      operationId: 'getMetrics',
      tags: ['analytics'],
      summary: 'Centrality and communities of the network of a window',
      description: 'Degree, weighted degree, betweenness, weighted PageRank and Louvain communities (seeded, so reproducible) of the network the same filters give at /api/network. The response names the implementation that ran. Results are cached per window and filters.',
      requestParams: { query: MetricsQuery },
      responses: jsonResponses(MetricsResponse, 'Metrics per node and the communities'),
    },
  },
  [`${ANALYTICS_BASE}/metrics/series`]: {
    get: {
      operationId: 'getMetricsSeries',
      tags: ['analytics'],
      summary: 'Metrics per year or month over a range, with each actor’s community',
      description: 'Each period is its own window (the whole network, not only the countries asked for). Community numbers are carried from period to period by overlap, so a bloc keeps its number.',
      requestParams: { query: SeriesQuery },
      responses: jsonResponses(SeriesResponse, 'One value per period and actor'),
    },
  },
  [`${ANALYTICS_BASE}/blocs/changes`]: {
    get: {
      operationId: 'getBlocChanges',
      tags: ['analytics'],
      summary: 'Actors that changed community between two moments, and the largest rises and falls in centrality',
      description: 'Each moment is a snapshot as /api/snapshot makes it. Communities are matched by overlap, since Louvain labels are arbitrary.',
      requestParams: { query: BlocChangesQuery },
      responses: jsonResponses(BlocChangesResponse, 'Moves, matched communities, rises and falls'),
    },
  },
};
