// GET /metrics, /metrics/series and /blocs/changes: parse the query with zod, hand it to the
// analytics service, send the result. Errors go to the app's problem+json handler.
import { Router } from 'express';
import type { z } from 'zod';
import { UnprocessableError } from '../../domain/errors.js';
import { createAnalytics, type Analytics, type NetworkFilters } from '../../analytics/analytics-service.js';
import { ImplementationUnavailableError } from '../../analytics/implementations/types.js';
import type { GraphStore } from '../../store/graph-store.js';
import { parseQuery } from '../validate.js';
import { BlocChangesQuery, MetricsQuery, SeriesQuery, type BlocChangesResponse, type MetricsResponse, type SeriesResponse } from './schema.js';

export interface AnalyticsRouterDeps {
  store: GraphStore;
  /** A shared service (and so a shared cache); one is created per router otherwise. */
  analytics?: Analytics;
}

const filtersOf = (q: NetworkFilters): NetworkFilters => ({
  relations: q.relations,
  meetingKinds: q.meetingKinds,
  pactKinds: q.pactKinds,
  countries: q.countries,
  minWeight: q.minWeight,
  includePersons: q.includePersons,
  includeOrganizations: q.includeOrganizations,
});

async function namingImplementation<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof ImplementationUnavailableError) throw new UnprocessableError(err.message, [{ path: 'implementation', message: err.message }]);
    throw err;
  }
}

export function analyticsRouter({ store, analytics = createAnalytics({ store }) }: AnalyticsRouterDeps): Router {
  const router = Router();

  router.get('/metrics', async (req, res) => {
    const q = parseQuery(MetricsQuery, req);
    const { metrics, seed, resolution, implementation, from, to, ...rest } = q;
    const result = await namingImplementation(() => analytics.metrics({ ...filtersOf(rest), from, to }, { metrics, seed, resolution, implementation }));
    const body: z.infer<typeof MetricsResponse> = result;
    res.json(body);
  });

  router.get('/metrics/series', async (req, res) => {
    const q = parseQuery(SeriesQuery, req);
    const result = await namingImplementation(() => analytics.series({
      filters: filtersOf({ ...q, countries: undefined }),
      from: q.from,
      to: q.to,
      bucket: q.bucket,
      centralities: q.metric,
      ids: q.countries?.map((c) => `country:${c}`),
      seed: q.seed,
      resolution: q.resolution,
      implementation: q.implementation,
    }));
    const body: z.infer<typeof SeriesResponse> = result;
    res.json(body);
  });

  router.get('/blocs/changes', async (req, res) => {
    const q = parseQuery(BlocChangesQuery, req);
    const result = await namingImplementation(() => analytics.blocChanges({
      filters: filtersOf(q),
      at1: q.at1,
      at2: q.at2,
      metric: q.metric,
      limit: q.limit,
      seed: q.seed,
      resolution: q.resolution,
      implementation: q.implementation,
    }));
    const body: z.infer<typeof BlocChangesResponse> = result;
    res.json(body);
  });

  return router;
}
