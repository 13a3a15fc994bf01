// The node tables of the embedded store and how an entity id names its table.
import { kindOfId } from '../../domain/ids.js';
import { StoreError, type NodeRecord } from '../graph-store.js';

export const NODE_TABLES = ['Country', 'Organization', 'Person', 'Meeting', 'Pact', 'Document'] as const;
export type NodeTable = (typeof NODE_TABLES)[number];
export const REL_TABLES = ['ATTENDED', 'PARTY_TO', 'REPRESENTS', 'HELD_IN', 'REPORTED_IN', 'TIE'] as const;

export const TABLE_OF_KIND: Record<NodeRecord['kind'], NodeTable> = {
  country: 'Country', organization: 'Organization', person: 'Person', meeting: 'Meeting', pact: 'Pact', document: 'Document',
};
export const KIND_OF_TABLE = Object.fromEntries(Object.entries(TABLE_OF_KIND).map(([k, t]) => [t, k])) as Record<NodeTable, NodeRecord['kind']>;

/** The table an id belongs to, or undefined for an id of no known kind. */
export function tableOf(id: string): NodeTable | undefined {
  const kind = kindOfId(id);
  return kind ? TABLE_OF_KIND[kind] : undefined;
}

export function requireTable(id: string, allowed: readonly NodeTable[], what: string): NodeTable {
  const t = tableOf(id);
  if (!t || !allowed.includes(t)) throw new StoreError(`${what}: "${id}" is not a ${allowed.map((a) => KIND_OF_TABLE[a]).join(' or ')} id`, 'invalid');
  return t;
}

export { isActorId as isActor } from '../../domain/ids.js';

/** Groups ids by their table (ids of unknown kind are dropped). */
export function byTable(ids: Iterable<string>): Map<NodeTable, string[]> {
  const m = new Map<NodeTable, string[]>();
  for (const id of ids) {
    const t = tableOf(id);
    if (!t) continue;
    const list = m.get(t);
    if (list) list.push(id); else m.set(t, [id]);
  }
  return m;
}
