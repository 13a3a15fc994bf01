import { z } from 'zod';
import { Lang } from '../country/countries.js';
import { DayDate } from '../dates/partial-date.js';

export const DocumentId = z.string().regex(/^doc:[0-9a-f]{8,64}$/, 'a document id is "doc:" followed by the hex content hash');

export const Document = z
  .object({
    id: DocumentId.meta({ description: 'doc: + SHA-256 prefix of the article text (or of the record for curated sources)' }),
    title: z.string().max(1000).default(''),
    lang: Lang,
    published: DayDate,
    source: z.object({ name: z.string().max(300).default(''), url: z.string().url().max(2000).nullish() }).default({ name: '' }),
    text: z.string().max(6_000_000).optional().meta({ description: 'Full text when known; evidence offsets index into it' }),
    curated: z.boolean().default(false).meta({ description: 'True for records written by the Entente team from cited sources' }),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof Document>;

export const Evidence = z
  .object({
    documentId: DocumentId,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    quote: z.string().max(5000).optional().meta({ description: 'The supporting sentence (or a summary in our own words for curated records)' }),
    rule: z.string().max(200).optional().meta({ description: 'Extraction rule that produced it' }),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end is before its start', path: ['end'] })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;
