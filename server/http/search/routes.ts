// GET /api/search: countries, persons and organisations by any of their names.
import express from 'express';
import { namesOf } from '../../network/nodes.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseQuery } from '../validate.js';
import { SearchQuery, SearchResult } from './schema.js';

export const searchModule: ApiModule = {
  paths: {
    '/api/search': { get: { summary: 'Find entities by name in any language', tags: ['entities'], requestParams: { query: SearchQuery }, responses: jsonResponses(SearchResult, 'Matching entities, best first') } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/search', async (req, res) => {
      const { q, limit } = parseQuery(SearchQuery, req);
      const hits = await store.search(q, limit);
      const records = new Map((hits.length ? await store.getNodes(hits.map((h) => h.id)) : []).map((n) => [n.id, n]));
      res.json({ items: hits.map((h) => { const rec = records.get(h.id); return { ...h, ...(rec ? { names: namesOf(rec) } : {}) }; }) });
    });
    return r;
  },
};
