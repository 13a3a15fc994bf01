import { z } from 'zod';
import { EventSummary, Page } from '../../domain/network/schema.js';
import { WindowEnd } from '../network/schema.js';
import { HttpPaging } from '../paging.js';

export const EntityParams = z.object({ id: z.string().min(3).max(200).meta({ description: 'Entity id, URL-encoded: country%3AJP, org%3AASEAN, person%3A…', example: 'country:JP' }) });

export const EntityEventsQuery = z.object({ ...HttpPaging.shape, from: WindowEnd('Window start (inclusive)'), to: WindowEnd('Window end (inclusive)') }).refine((w) => !w.from || !w.to || w.from.slice(0, w.to.length) <= w.to, { message: 'window ends before it starts', path: ['to'] });

export const Entity = z
  .object({ id: z.string(), kind: z.enum(['country', 'person', 'organization']), label: z.string(), names: z.record(z.string(), z.string()) })
  .catchall(z.unknown())
  .meta({ id: 'Entity', description: 'The entity with every stored property' });

export const EntityDetail = z
  .object({
    entity: Entity,
    roles: z.array(z.object({ country: z.string(), countryLabel: z.string(), role: z.string(), from: z.string().nullable(), to: z.string().nullable() })).meta({ description: 'Roles a person held' }),
    counterparts: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), meetings: z.number().int(), pacts: z.number().int() })),
    timeline: z.array(z.object({ year: z.string(), meetings: z.number().int(), pacts: z.number().int() })),
  })
  .meta({ id: 'EntityDetail' });

export const EventPage = Page(EventSummary).meta({ id: 'EventPage' });
