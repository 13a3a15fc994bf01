import { z } from 'zod';

export const StoreInfo = z.object({ kind: z.enum(['embedded', 'neo4j']), engine: z.string(), location: z.string() }).meta({ id: 'StoreInfo' });

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
