// The whole graph as an order-free value: every node and edge with every property, each list
// sorted, so two stores (or one store before and after) compare with toEqual.
import type { GraphStore, WriteBatch } from '../../server/store/graph-store.js';

export type Snapshot = Record<string, string[]>;

export async function snapshotOf(store: GraphStore): Promise<Snapshot> {
  const dump = (await store.dump()) as WriteBatch & Record<string, unknown>;
  const out: Snapshot = {};
  for (const [key, rows] of Object.entries(dump)) {
    const list = key === 'document' ? (rows ? [rows] : []) : rows;
    if (!Array.isArray(list)) continue;
    out[key === 'document' ? 'documents' : key] = [...(out[key === 'document' ? 'documents' : key] ?? []), ...list.map((r) => JSON.stringify(r))].sort();
  }
  return out;
}

export const sizes = (s: Snapshot) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.length]));
