import { z } from 'zod';
import { EventSummary, Network, PathQuery } from '../../domain/network/schema.js';
import { checkNetworkQuery, WindowEnd } from '../network/schema.js';

export const PathParams = PathQuery.extend({ from: WindowEnd('Window start (inclusive)'), to: WindowEnd('Window end (inclusive)') }).superRefine((q, ctx) => {
  checkNetworkQuery(q, ctx);
  if (q.source === q.target) ctx.addIssue({ code: 'custom', path: ['target'], message: 'source and target are the same entity' });
});

const HopEvent = EventSummary.extend({
  evidence: z.object({ documentId: z.string(), documentTitle: z.string(), published: z.string(), lang: z.string(), sourceName: z.string(), sourceUrl: z.string().nullable(), quote: z.string() }).nullable(),
});

export const PathsResult = z
  .object({
    paths: z.array(z.object({
      nodes: z.array(z.string()).meta({ description: 'Entity ids from source to target' }),
      hops: z.array(z.object({ source: z.string(), target: z.string(), total: z.number().int().meta({ description: 'Events behind this hop in the window' }), events: z.array(HopEvent).meta({ description: 'The newest few, with a supporting quote' }) })),
    })),
    network: Network,
  })
  .meta({ id: 'PathsResult' });
