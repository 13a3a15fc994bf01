// Days as integers (days since 1970-01-01) and back: the in-memory projection compares and
// sorts millions of event days, and the embedded store's bulk export hands them over this way.
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day (negative before): the proleptic Gregorian
 * day count in integer arithmetic (a million of these at load; Date.UTC is several times slower). */
export function dayNumber(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)), d = Number(day.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Texts of the days from 1700-01-01 to 2299-12-31 (day numbers -98,615 to 120,529), filled as asked. */
const CACHE_FROM = -98_615, CACHE_SIZE = 219_145;
const dayCache: (string | undefined)[] = new Array(CACHE_SIZE).fill(undefined);

/** YYYY-MM-DD of a day number; cached because a window's aggregates repeat the same few days. */
export function dayText(n: number): string {
  const slot = n - CACHE_FROM;
  const cached = slot >= 0 && slot < CACHE_SIZE ? dayCache[slot] : undefined;
  if (cached !== undefined) return cached;
  const d = new Date(n * DAY_MS);
  const s = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  if (slot >= 0 && slot < CACHE_SIZE) dayCache[slot] = s;
  return s;
}
