// GET /api/paths: how two entities connect, hop by hop, with the events behind each hop.
import express from 'express';
import { findPaths } from '../../network/paths.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseQuery } from '../validate.js';
import { PathParams, PathsResult } from './schema.js';

export const pathsModule: ApiModule = {
  paths: {
    '/api/paths': { get: { summary: 'Shortest, all shortest or k shortest paths between two entities', tags: ['paths'], requestParams: { query: PathParams }, responses: jsonResponses(PathsResult, 'Paths (empty when none) and their union as a network', [404]) } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/paths', async (req, res) => {
      res.json(await findPaths(store, parseQuery(PathParams, req)));
    });
    return r;
  },
};
