// Network views: the window network, ego networks, snapshots, their diff, and the histogram
// above the time slider.
import express from 'express';
import { z } from 'zod';
import { inShape } from '../../domain/network/columns.js';
import { Network, NetworkColumns } from '../../domain/network/schema.js';
import { diffNetworks } from '../../network/diff.js';
import { egoColumnsOf } from '../../network/ego.js';
import { networkColumnsOf } from '../../network/network-of.js';
import { snapshotColumns, snapshotNetwork } from '../../network/snapshot.js';
import { timelineOf } from '../../network/timeline.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { parseParams, parseQuery } from '../validate.js';
import { DiffQuery, EgoParams, EgoViewQuery, NetworkDiff, NetworkViewParams, SnapshotViewQuery, Timeline, TimelineQuery } from './schema.js';

const NetworkView = z.union([Network, NetworkColumns]);

export const networkModule: ApiModule = {
  paths: {
    '/api/network': { get: { summary: 'Countries and organisations tied by meetings and pacts in a window', tags: ['network'], requestParams: { query: NetworkViewParams }, responses: jsonResponses(NetworkView, 'A network ready for cy.add(), or its columns') } },
    '/api/ego/{id}': { get: { summary: 'The network within 1–3 hops of one entity', tags: ['network'], requestParams: { path: EgoParams, query: EgoViewQuery }, responses: jsonResponses(NetworkView, 'An ego network', [404]) } },
    '/api/snapshot': { get: { summary: 'The network as of one day', tags: ['network'], requestParams: { query: SnapshotViewQuery }, responses: jsonResponses(NetworkView, 'A snapshot network') } },
    '/api/diff': { get: { summary: 'What changed between two snapshots', tags: ['network'], requestParams: { query: DiffQuery }, responses: jsonResponses(NetworkDiff, 'Added, removed, strengthened and weakened elements') } },
    '/api/timeline': { get: { summary: 'Meetings and pacts per month or year', tags: ['network'], requestParams: { query: TimelineQuery }, responses: jsonResponses(Timeline, 'Histogram buckets, oldest first') } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/network', async (req, res) => {
      const q = parseQuery(NetworkViewParams, req);
      res.json(inShape(await networkColumnsOf(store, q), q.shape));
    });
    r.get('/api/ego/:id', async (req, res) => {
      const { id } = parseParams(EgoParams, req);
      const q = parseQuery(EgoViewQuery, req);
      res.json(inShape(await egoColumnsOf(store, id, q.depth, q), q.shape));
    });
    r.get('/api/snapshot', async (req, res) => {
      const q = parseQuery(SnapshotViewQuery, req);
      res.json(inShape(await snapshotColumns(store, q.at, q), q.shape));
    });
    r.get('/api/diff', async (req, res) => {
      const q = parseQuery(DiffQuery, req);
      const [before, after] = await Promise.all([snapshotNetwork(store, q.at1, q), snapshotNetwork(store, q.at2, q)]);
      res.json(diffNetworks(before, after));
    });
    r.get('/api/timeline', async (req, res) => {
      const q = parseQuery(TimelineQuery, req);
      res.json({ buckets: await timelineOf(store, q, q.bucket) });
    });
    return r;
  },
};
