import { z } from 'zod';

export const ProjectionInfo = z
  .object({
    state: z.enum(['loading', 'ready', 'failed']),
    events: z.number().int(), actors: z.number().int(), pairs: z.number().int(),
    loadMs: z.number().int().nullable(),
    error: z.string().optional(),
  })
  .meta({ id: 'ProjectionInfo', description: 'The in-memory event projection in front of the store (reads go to the store until it is ready)' });

export const StoreInfo = z
  .object({ kind: z.enum(['embedded', 'neo4j']), engine: z.string(), location: z.string(), projection: ProjectionInfo.optional() })
  .meta({ id: 'StoreInfo' });

export const Health = z
  .object({
    status: z.literal('ok'),
    store: StoreInfo,
    counts: z.object({ countries: z.number().int(), persons: z.number().int(), organizations: z.number().int(), meetings: z.number().int(), pacts: z.number().int(), documents: z.number().int() }),
  })
  .meta({ id: 'Health' });

export const Stats = z
  .object({
    counts: z.object({ nodes: z.record(z.string(), z.number().int()), edges: z.record(z.string(), z.number().int()) }),
    timeRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    store: StoreInfo,
  })
  .meta({ id: 'Stats' });
