// Known international organisations, from the data file organizations.json (users may extend it).
import { createRequire } from 'node:module';
import { z } from 'zod';
import { Organization } from './schema.js';

const require = createRequire(import.meta.url);
const parsed = z.array(Organization).safeParse(require('./organizations.json'));
if (!parsed.success) throw new Error(`server/domain/organization/organizations.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
const organizations: Organization[] = parsed.data;
const byCode = new Map(organizations.map((o) => [o.code, o]));

export function organizationInfo(code: string): Organization | undefined {
  return byCode.get(code);
}
export function allOrganizations(): Organization[] {
  return organizations;
}
