// GET /api/export: any view as a file download in one of the registered formats.
import express from 'express';
import { z } from 'zod';
import { MAX_EVENT_IDS_PER_EDGE, type Network } from '../../domain/network/schema.js';
import { egoNetwork } from '../../network/ego.js';
import { networkOf } from '../../network/network-of.js';
import { findPaths } from '../../network/paths.js';
import { snapshotNetwork } from '../../network/snapshot.js';
import { EXPORT_FORMATS, exportFileName, exportFormat } from '../../exports/registry.js';
import { withMetrics } from '../../analytics/with-metrics.js';
import type { GraphStore } from '../../store/graph-store.js';
import { jsonResponses, type ApiModule } from '../module.js';
import { EgoQuery, NetworkParams, SnapshotQuery } from '../network/schema.js';
import { PathParams } from '../paths/schema.js';
import { parseWith } from '../validate.js';
import { EgoExportQuery, ExportQueryDoc, ExportSelector } from './schema.js';

type Query = Record<string, unknown>;

async function viewNetwork(store: GraphStore, view: z.infer<typeof ExportSelector>['view'], query: Query): Promise<Network> {
  // A file carries as many event ids per edge as edges can (the interchange export reads its
  // events from them), unless the query asks for fewer.
  const rest: Query = { eventIdsPerEdge: MAX_EVENT_IDS_PER_EDGE, ...Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'view' && k !== 'format' && k !== 'metrics')) };
  switch (view) {
    case 'network': return networkOf(store, parseWith(NetworkParams, rest, 'query parameters'));
    case 'ego': {
      const { id, depth } = parseWith(EgoExportQuery, { id: rest.id, depth: rest.depth }, 'query parameters');
      const q = parseWith(EgoQuery, Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'id')), 'query parameters');
      return egoNetwork(store, id, depth, q);
    }
    case 'path': return (await findPaths(store, parseWith(PathParams, rest, 'query parameters'))).network;
    case 'snapshot': {
      const q = parseWith(SnapshotQuery, rest, 'query parameters');
      return snapshotNetwork(store, q.at, q);
    }
  }
}

const responses = jsonResponses(z.string(), 'The file', [404]);
responses['200'] = {
  description: 'The file, as an attachment named entente-<view>-<from>_<to>.<ext>',
  headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename="…"' } } as never,
  content: Object.fromEntries(EXPORT_FORMATS.map((f) => {
    const type = f.contentType.split(';')[0];
    const formats = EXPORT_FORMATS.filter((g) => g.contentType.split(';')[0] === type).map((g) => g.description).join('; ');
    return [type, { schema: (type === 'application/json' ? z.object({}).catchall(z.unknown()) : z.string()).meta({ description: formats }) }];
  })),
};

export const exportsModule: ApiModule = {
  paths: {
    '/api/export': { get: { summary: 'Download a view as GraphML, GEXF, Cytoscape JSON, CSV or interchange JSON', tags: ['export'], requestParams: { query: ExportQueryDoc }, responses } },
  },
  router({ store }) {
    const r = express.Router();
    r.get('/api/export', async (req, res) => {
      const query = req.query as Query;
      const { view, format: formatId, metrics } = parseWith(ExportSelector, { view: query.view, format: query.format, metrics: query.metrics }, 'query parameters');
      const format = exportFormat(formatId)!;
      const plain = await viewNetwork(store, view, query);
      const network = metrics ? await withMetrics(plain) : plain;
      const body = await format.write({ view, network, store });
      res
        .status(200)
        .type(format.contentType)
        // Quoted as the spec examples show; the name is plain ASCII by construction.
        .set('Content-Disposition', `attachment; filename="${exportFileName(view, network.window, format)}"`)
        .send(body);
    });
    return r;
  },
};
