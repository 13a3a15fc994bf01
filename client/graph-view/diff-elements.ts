// What a comparison of two snapshots (/api/diff) names, as the graph view reads it. Its lists hold
// ids, {data} objects or plain data; an element the view lacks is drawn in the comparison's class
// and tagged diff-extra, so that clearing the comparison removes it again. Pure: no Cytoscape.
import type { DiffElement } from '../api/types.js';
import { edgeClasses, labelFor, nodeClasses, tieKey, type ElementDef, type Lang } from './elements.js';

export type DiffData = Record<string, unknown> & { id: string; source?: string; target?: string; relation?: string; kind?: string };

/** The data of a listed element, whichever of the three forms it came in. */
export function diffData(item: DiffElement): DiffData {
  if (typeof item === 'string') return { id: item };
  return ('data' in item && item.data && typeof item.data === 'object' ? item.data : item) as never;
}

/** The element to add for a listed one the view lacks, in class `cls`; null when the list does
 * not say enough to draw it (an edge without both ends, a node without a kind). */
export function diffExtra(data: DiffData, group: 'nodes' | 'edges', cls: string, lang: Lang): ElementDef | null {
  if (group === 'edges') {
    if (!data.source || !data.target) return null;
    return { group, data: { kinds: [], eventIds: [], ...data, key: tieKey(data as never), width: 3 }, classes: `${edgeClasses({ kinds: [], ...data } as never)} ${cls} diff-extra` };
  }
  if (!data.kind) return null;
  return { group, data: { ...data, display: labelFor(data as never, lang), size: 16 }, classes: `${nodeClasses(data as never)} ${cls} diff-extra` };
}
