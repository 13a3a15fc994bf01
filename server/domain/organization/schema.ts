import { z } from 'zod';

export const OrganizationCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9&-]{1,15}$/, 'an organisation code is 2–16 capitals, digits, & or -, such as "ASEAN"')
  .meta({ description: 'Short upper-case code of an international organisation', examples: ['ASEAN', 'NATO', 'UN'] });

export const Organization = z
  .object({
    code: OrganizationCode,
    names: z.object({ en: z.string().min(1), ja: z.string().optional(), es: z.string().optional() }).meta({ description: 'Names per language' }),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;
