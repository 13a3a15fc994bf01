// Cross-document merging rules: when is an event described by a new article the same event the
// graph already holds? Pure functions; the ingest service asks the store for candidates.
import { foldName } from '../ids.js';

/** Same meeting when the actor sets are equal (the store's query ensures it), the spans overlap,
 * and one person list contains the other: two meetings on the same day between the same
 * countries with different counterparts (the minister met the Secretary of State, then the
 * National Security Advisor) stay apart. */
export function sameMeeting(personsA: string[], personsB: string[]): boolean {
  const a = new Set(personsA);
  const b = new Set(personsB);
  const aInB = [...a].every((p) => b.has(p));
  const bInA = [...b].every((p) => a.has(p));
  return aInB || bInA;
}

const PACT_FAMILY: Record<string, string> = { defense: 'security', alliance: 'security', treaty: 'security', partnership: 'partnership', trade: 'economic', agreement: 'agreement', mou: 'agreement' };

/** Same pact when the parties are equal (store-side), the names share a folded form or, when a
 * side has no name, the kinds belong to one family; and known dates agree to the year. */
export function samePact(
  a: { kind: string; names: string[]; date: string | null },
  b: { kind: string; names: string[]; date: string | null },
): boolean {
  if (a.date && b.date && a.date.slice(0, 4) !== b.date.slice(0, 4)) return false;
  const namesA = new Set(a.names.map(foldName));
  const shareName = b.names.some((n) => namesA.has(foldName(n)));
  if (shareName) return true;
  if (a.names.length && b.names.length && a.kind !== b.kind) return false;
  return (PACT_FAMILY[a.kind] ?? a.kind) === (PACT_FAMILY[b.kind] ?? b.kind);
}
