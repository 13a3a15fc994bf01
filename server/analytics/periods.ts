// Splits a range into yearly or monthly periods, each a window the network query understands
// ("2003" or "2003-04": partial dates widen to the whole year or month).
export const BUCKETS = ['year', 'month'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface Period { period: string; from: string; to: string }

const pad = (n: number) => String(n).padStart(2, '0');

/** Periods covering [from, to] (YYYY, YYYY-MM or YYYY-MM-DD), whole periods at both ends. */
export function periodsOf(from: string, to: string, bucket: Bucket): Period[] {
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  const out: Period[] = [];
  if (bucket === 'year') {
    for (let y = y0; y <= y1; y++) out.push({ period: String(y), from: String(y), to: String(y) });
    return out;
  }
  const m0 = from.length >= 7 ? Number(from.slice(5, 7)) : 1;
  const m1 = to.length >= 7 ? Number(to.slice(5, 7)) : 12;
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1; i++) {
    const p = `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
    out.push({ period: p, from: p, to: p });
  }
  return out;
}

/** How many periods periodsOf would return, without building them (to refuse huge ranges early). */
export function periodCount(from: string, to: string, bucket: Bucket): number {
  const y0 = Number(from.slice(0, 4));
  const y1 = Number(to.slice(0, 4));
  if (bucket === 'year') return Math.max(0, y1 - y0 + 1);
  const m0 = from.length >= 7 ? Number(from.slice(5, 7)) : 1;
  const m1 = to.length >= 7 ? Number(to.slice(5, 7)) : 12;
  return Math.max(0, y1 * 12 + m1 - (y0 * 12 + m0) + 1);
}
