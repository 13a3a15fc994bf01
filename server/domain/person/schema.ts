import { z } from 'zod';
import { CountryCode } from '../country/countries.js';
import { PartialDate } from '../dates/partial-date.js';

export const Affiliation = z
  .object({
    country: CountryCode,
    role: z.string().min(1).max(200).meta({ description: 'Role as written, e.g. "Secretary of State", "外務大臣"' }),
    from: PartialDate.nullish(),
    to: PartialDate.nullish(),
  })
  .refine((a) => !a.from || !a.to || a.from <= a.to, { message: 'affiliation ends before it starts', path: ['to'] })
  .meta({ id: 'Affiliation' });
export type Affiliation = z.infer<typeof Affiliation>;

export const Person = z
  .object({
    id: z.string().regex(/^person:[a-z0-9-]{4,64}$/).optional().meta({ description: 'Stable id; derived from name and country when absent' }),
    name: z.string().min(1).max(300).meta({ description: 'Canonical name (Latin script where known)' }),
    aliases: z.array(z.string().min(1).max(300)).default([]).meta({ description: 'Other spellings in any script' }),
    country: CountryCode.nullish(),
    affiliations: z.array(Affiliation).default([]),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;
