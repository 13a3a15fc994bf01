// Louvain labels are arbitrary, so communities of two periods are matched by overlap: the
// pair sharing the most members is matched first (ties: higher Jaccard, then lower labels),
// each community at most once. Unmatched later communities get fresh labels.

export interface CommunityMatch { before: number; after: number; overlap: number; jaccard: number }

export interface Alignment {
  /** Label of each later community expressed in the earlier numbering (or a fresh label). */
  relabel: Map<number, number>;
  matches: CommunityMatch[];
}

function groups(partition: Map<string, number>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const [node, label] of partition) {
    const g = out.get(label);
    if (g) g.add(node);
    else out.set(label, new Set([node]));
  }
  return out;
}

/**
 * @param before node → community label in the earlier period
 * @param after node → community label in the later period
 * @param firstFresh the first label free for communities with no counterpart (default: one more
 *   than the largest label of `before`)
 */
export function alignCommunities(before: Map<string, number>, after: Map<string, number>, firstFresh?: number): Alignment {
  const gb = groups(before);
  const ga = groups(after);
  const overlaps = new Map<string, number>();
  for (const [node, la] of after) {
    const lb = before.get(node);
    if (lb === undefined) continue;
    const key = `${lb}|${la}`;
    overlaps.set(key, (overlaps.get(key) ?? 0) + 1);
  }
  const candidates: CommunityMatch[] = [...overlaps].map(([key, overlap]) => {
    const [b, a] = key.split('|').map(Number);
    const union = gb.get(b)!.size + ga.get(a)!.size - overlap;
    return { before: b, after: a, overlap, jaccard: overlap / union };
  });
  candidates.sort((x, y) => y.overlap - x.overlap || y.jaccard - x.jaccard || x.before - y.before || x.after - y.after);
  const usedBefore = new Set<number>();
  const relabel = new Map<number, number>();
  const matches: CommunityMatch[] = [];
  for (const c of candidates) {
    if (usedBefore.has(c.before) || relabel.has(c.after)) continue;
    usedBefore.add(c.before);
    relabel.set(c.after, c.before);
    matches.push(c);
  }
  let fresh = firstFresh ?? (gb.size ? Math.max(...gb.keys()) + 1 : 0);
  for (const label of [...ga.keys()].sort((x, y) => x - y)) {
    if (!relabel.has(label)) relabel.set(label, fresh++);
  }
  return { relabel, matches };
}
