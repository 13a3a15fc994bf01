import { z } from 'zod';

export const EventParams = z.object({ id: z.string().min(3).max(200).meta({ description: 'Event id, URL-encoded: meeting%3A…, pact%3A…' }) });

export const EvidenceItem = z
  .object({ documentId: z.string(), documentTitle: z.string(), published: z.string(), lang: z.string(), sourceName: z.string(), sourceUrl: z.string().nullable(), start: z.number().int(), end: z.number().int(), quote: z.string(), rule: z.string() })
  .meta({ id: 'EvidenceItem' });

export const EventDetail = z
  .object({
    event: z
      .object({ id: z.string(), type: z.enum(['meeting', 'pact']), kind: z.string(), title: z.string().nullish(), date: z.string().nullish(), endDate: z.string().nullish(), status: z.string().nullish(), place: z.string().nullish(), names: z.array(z.string()).optional() })
      .catchall(z.unknown()),
    participants: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string() })),
    evidence: z.array(EvidenceItem),
  })
  .meta({ id: 'EventDetail' });
