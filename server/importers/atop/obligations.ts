// ATOP obligations → the pact's kind and obligation list.
// Mapping: a defense or offense promise makes a military alliance proper → kind "defense";
// neutrality, non-aggression and consultation pacts (no promise to fight) → kind "alliance".
import type { Pact } from '../../domain/event/schema.js';

export const OBLIGATION_COLUMNS = [
  ['defense', 'defense'],
  ['offense', 'offense'],
  ['neutral', 'neutrality'],
  ['nonagg', 'nonaggression'],
  ['consul', 'consultation'],
] as const;

export function obligationsOf(row: Record<string, string>): string[] {
  return OBLIGATION_COLUMNS.filter(([col]) => Number(row[col]) > 0).map(([, name]) => name);
}

export function kindOf(obligations: string[]): Pact['kind'] {
  return obligations.includes('defense') || obligations.includes('offense') ? 'defense' : 'alliance';
}
