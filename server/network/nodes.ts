// Node data for the Cytoscape-shaped Network: label, names per language and geography, read
// from the store's node records (whose props are the write rows of graph-store.ts).
import type { NodeRecord } from '../store/graph-store.js';
import type { NodeData } from '../domain/network/schema.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export type ActorKind = NodeData['kind'];

export function isActorKind(kind: NodeRecord['kind']): kind is ActorKind {
  return kind === 'country' || kind === 'person' || kind === 'organization';
}

/** Names per language, only those the record has. */
export function namesOf(record: NodeRecord): Record<string, string> {
  const p = record.props;
  const names: Record<string, string> = {};
  for (const [lang, key] of [['en', 'nameEn'], ['ja', 'nameJa'], ['es', 'nameEs']] as const) {
    const v = str(p[key]);
    if (v) names[lang] = v;
  }
  if (record.kind === 'person' && str(p.name)) names.en ??= str(p.name)!;
  return names;
}

export function labelOf(record: NodeRecord): string {
  const p = record.props;
  if (record.kind === 'person') return str(p.name) ?? record.id;
  if (record.kind === 'organization') return str(p.code) ?? str(p.nameEn) ?? record.id;
  return str(p.nameEn) ?? str(p.title) ?? str(p.code) ?? record.id;
}

/** A node for the network; records of another kind (events, documents) return undefined. */
export function nodeDataOf(record: NodeRecord, weight: number): NodeData | undefined {
  if (!isActorKind(record.kind)) return undefined;
  const p = record.props;
  const data: NodeData = { id: record.id, kind: record.kind, label: labelOf(record), names: namesOf(record), weight };
  if (record.kind === 'country' || record.kind === 'organization') data.code = str(p.code) ?? record.id.slice(record.id.indexOf(':') + 1);
  if (record.kind === 'country') {
    data.region = str(p.region) ?? null;
    data.lat = num(p.lat);
    data.lon = num(p.lon);
  }
  if (record.kind === 'person') data.country = str(p.country) ?? null;
  return data;
}

/** A bare node for an id the store did not return (kept so edges never dangle). */
export function placeholderNode(id: string, weight: number): NodeData {
  const kind: ActorKind = id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organization' : 'country';
  return { id, kind, label: id.slice(id.indexOf(':') + 1), names: {}, weight };
}
