import { z } from 'zod';
import { MAX_EVENT_IDS_PER_EDGE, PathQuery } from '../../domain/network/schema.js';
import { Day, NetworkQuery } from '../network/schema.js';
import { EXPORT_FORMAT_IDS } from '../../exports/registry.js';

export const EXPORT_VIEWS = ['network', 'ego', 'path', 'snapshot'] as const;

export const ExportSelector = z.object({
  view: z.enum(EXPORT_VIEWS).default('network').meta({ description: 'Which view to export; the rest of the query is that view’s parameters' }),
  format: z.enum(EXPORT_FORMAT_IDS).meta({ description: 'graphml, gexf (1.3, dynamic), cyjs, nodes.csv, edges.csv or json (interchange)' }),
  metrics: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1')
    .meta({ description: 'Add degree, weighted degree, betweenness, PageRank and Louvain community to every node (default true)' }),
});

/** Ego exports name the centre in the query string rather than the path. */
export const EgoExportQuery = z.object({ id: z.string().min(3).max(200).meta({ description: 'ego: centre entity id' }), depth: z.coerce.number().int().min(1).max(3).default(1) });

/** For the OpenAPI document only: every parameter any view takes. */
export const ExportQueryDoc = NetworkQuery.extend({
  ...ExportSelector.shape,
  id: EgoExportQuery.shape.id.optional(),
  depth: EgoExportQuery.shape.depth.optional(),
  source: PathQuery.shape.source.optional().meta({ description: 'path: source entity id' }),
  target: PathQuery.shape.target.optional().meta({ description: 'path: target entity id' }),
  mode: PathQuery.shape.mode.optional(),
  k: PathQuery.shape.k.optional(),
  maxHops: PathQuery.shape.maxHops.optional(),
  at: Day('snapshot: the day').optional(),
  eventIdsPerEdge: NetworkQuery.shape.eventIdsPerEdge.unwrap().default(MAX_EVENT_IDS_PER_EDGE),
});
