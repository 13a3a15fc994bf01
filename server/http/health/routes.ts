// GET /api/health and GET /api/stats: is the store there, and what does it hold.
import express from 'express';
import { ServiceUnavailableError } from '../../domain/errors.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { Health, Stats } from './schema.js';

export const healthModule: ApiModule = {
  paths: {
    '/api/health': { get: { summary: 'Liveness and store counts', tags: ['meta'], responses: jsonResponses(Health, 'The server and its store are up') } },
    '/api/stats': { get: { summary: 'Node and edge counts and the covered time range', tags: ['meta'], responses: jsonResponses(Stats, 'Store statistics') } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/health', async (_req, res) => {
      let counts;
      try {
        counts = await store.counts();
      } catch (err) {
        throw new ServiceUnavailableError(`the ${store.info.kind} store at ${store.info.location} does not answer: ${(err as Error).message}`, [], { cause: err });
      }
      res.json({ status: 'ok', store: store.info, counts: counts.nodes });
    });
    r.get('/api/stats', async (_req, res) => {
      const [counts, timeRange] = await Promise.all([store.counts(), store.timeRange()]);
      res.json({ counts, timeRange, store: store.info });
    });
    return r;
  },
};
