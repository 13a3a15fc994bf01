// Deterministic ids: the same input always yields the same id, which is what makes loads idempotent.
import { createHash } from 'node:crypto';

export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex');
}

/** Lower-case, accent-free, punctuation-free form used for ids and name matching. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u30fb\u00b7.'’`-]+/gu, ' ')
    .trim();
}

export const countryId = (code: string) => `country:${code}`;
export const organizationId = (code: string) => `org:${code}`;
/** Countries and organisations: the actors that ties join (persons attend, but do not tie). */
export const isActorId = (id: string) => id.startsWith('country:') || id.startsWith('org:');
export const personId = (name: string, country?: string | null) => `person:${hashOf((country ?? '').toUpperCase(), foldName(name)).slice(0, 16)}`;
export const documentIdOf = (text: string) => `doc:${hashOf(text).slice(0, 24)}`;

export type EntityKind = 'country' | 'person' | 'organization' | 'meeting' | 'pact' | 'document';
export function kindOfId(id: string): EntityKind | undefined {
  const prefix = id.split(':', 1)[0];
  return ({ country: 'country', person: 'person', org: 'organization', meeting: 'meeting', pact: 'pact', doc: 'document' } as const)[prefix as 'country'];
}
