// GET /api/pairs/:a/:b/events: who met whom — the events two entities share, newest first.
import express from 'express';
import { actorRecords } from '../entities/routes.js';
import { EventPage } from '../entities/schema.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseParams, parseQuery } from '../validate.js';
import { PairParams, PairQuery } from './schema.js';

export const pairsModule: ApiModule = {
  paths: {
    '/api/pairs/{a}/{b}/events': { get: { summary: 'Meetings and pacts two entities share, newest first', tags: ['events'], requestParams: { path: PairParams, query: PairQuery }, responses: jsonResponses(EventPage, 'A page of shared events', [404]) } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/pairs/:a/:b/events', async (req, res) => {
      const { a, b } = parseParams(PairParams, req);
      const q = parseQuery(PairQuery, req);
      const page = await store.pairEvents(a, b, q.relations, { from: q.from, to: q.to }, q.offset, q.limit);
      // Entities that share an event are actors that exist; only an empty answer can be a 404.
      if (page.total === 0) await actorRecords(store, [a, b]);
      res.json(page);
    });
    return r;
  },
};
