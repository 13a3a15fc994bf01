import { z } from 'zod';
import { Lang } from '../../domain/country/countries.js';
import { DayDate } from '../../domain/dates/partial-date.js';
import { Document } from '../../domain/document/schema.js';
import { Event } from '../../domain/event/schema.js';
import { Organization } from '../../domain/organization/schema.js';
import { Person } from '../../domain/person/schema.js';
import { Warning } from '../../domain/interchange/schema.js';

export const ArticleInput = z
  .object({
    text: z.string().min(1, 'text is empty').max(6_000_000).meta({ description: 'The article text (ja, es or en)' }),
    published: DayDate.meta({ description: 'Publication day; relative dates in the text resolve against it' }),
    lang: Lang.optional().meta({ description: 'Detected when absent' }),
    title: z.string().max(1000).optional(),
    sourceName: z.string().max(300).optional(),
    sourceUrl: z.string().url().max(2000).optional(),
    dryRun: z.boolean().default(false).meta({ description: 'Extract only (for review); nothing is written' }),
  })
  .strict()
  .meta({ id: 'ArticleInput' });

export const LoadReport = z
  .object({
    documents: z.object({ read: z.number().int(), written: z.number().int(), skipped: z.number().int() }),
    events: z.object({ read: z.number().int(), written: z.number().int(), merged: z.number().int() }),
    nodesCreated: z.number().int(),
    edgesCreated: z.number().int(),
    rejected: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: 'LoadReport' });

export const ArticleResult = z
  .object({
    document: Document.nullable(),
    events: z.array(Event),
    entities: z.object({ persons: z.array(Person), organizations: z.array(Organization) }),
    warnings: z.array(Warning),
    report: LoadReport.nullable().meta({ description: 'null for a dry run' }),
  })
  .meta({ id: 'ArticleResult' });
