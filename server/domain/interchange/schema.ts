// The versioned interchange format: what `extract` prints, `load` and POST /api/import accept,
// and `export --format json` writes.
import { z } from 'zod';
import { Document } from '../document/schema.js';
import { Event } from '../event/schema.js';
import { Organization } from '../organization/schema.js';
import { Person } from '../person/schema.js';

export const INTERCHANGE_FORMAT = 'entente-interchange';
export const INTERCHANGE_VERSION = 1;

export const Warning = z.object({ code: z.string(), message: z.string(), start: z.number().int().optional(), end: z.number().int().optional() });

export const Interchange = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT).default(INTERCHANGE_FORMAT),
    version: z.literal(INTERCHANGE_VERSION).default(INTERCHANGE_VERSION),
    documents: z.array(Document).default([]),
    entities: z
      .object({ persons: z.array(Person).default([]), organizations: z.array(Organization).default([]) })
      .default({ persons: [], organizations: [] }),
    events: z.array(Event).default([]),
    warnings: z.array(Warning).optional(),
  })
  .superRefine((doc, ctx) => {
    const known = new Set(doc.documents.map((d) => d.id));
    doc.events.forEach((e, i) =>
      e.evidence.forEach((ev, j) => {
        if (!known.has(ev.documentId)) ctx.addIssue({ code: 'custom', path: ['events', i, 'evidence', j, 'documentId'], message: `evidence cites ${ev.documentId}, which is not in documents` });
        const d = doc.documents.find((x) => x.id === ev.documentId);
        if (d?.text !== undefined && ev.end > d.text.length) ctx.addIssue({ code: 'custom', path: ['events', i, 'evidence', j, 'end'], message: `offset ${ev.end} is past the end of ${ev.documentId} (${d.text.length} characters)` });
      }),
    );
  })
  .meta({ id: 'Interchange', title: 'Entente interchange document' });
export type Interchange = z.infer<typeof Interchange>;
export type InterchangeInput = z.input<typeof Interchange>;
