// Schema of the officials gazetteers (officials.json, curated; leaders.generated.json, built from ../shared/data).
import { z } from 'zod';
import { CountryCode } from '../../domain/country/countries.js';
import { PartialDate } from '../../domain/dates/partial-date.js';
import { OrganizationCode } from '../../domain/organization/schema.js';
import { ROLE_CATEGORY } from '../lang/schema.js';

export const Official = z
  .object({
    name: z.string().min(2),
    aliases: z.array(z.string().min(1)).default([]),
    country: CountryCode.nullable(),
    organization: OrganizationCode.optional(),
    roles: z.array(z.object({ role: z.string(), category: ROLE_CATEGORY, from: PartialDate.optional(), to: PartialDate.optional() })).min(1),
    source: z.string().min(3),
  })
  .refine((o) => o.country !== null || o.organization !== undefined, { message: 'an official needs a country or an organization' });
export type Official = z.infer<typeof Official>;

export const OfficialsFile = z.object({ about: z.string(), officials: z.array(Official) });
export const GeneratedOfficialsFile = z.array(Official);
