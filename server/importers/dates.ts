// Dates as the datasets write them (year, month, day with 0 for unknown) → partial dates that
// keep exactly the precision given.
import { partialDateProblem } from '../domain/dates/partial-date.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "1949","4","4" → "1949-04-04"; month or day 0 → a coarser date; year 0 → null (ongoing or unknown). */
export function partialFromParts(year: string | number, month: string | number, day: string | number): string | null {
  const y = Number(year), m = Number(month), d = Number(day);
  if (!Number.isInteger(y) || y <= 0) return null;
  const value = m > 0 ? (d > 0 ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : String(y);
  const problem = partialDateProblem(value);
  if (problem) throw new RangeError(problem);
  return value;
}

/** "20140218" → "2014-02-18" (throws RangeError naming the problem). */
export function dayFromCompact(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) throw new RangeError(`"${value}" is not a YYYYMMDD date`);
  const out = `${m[1]}-${m[2]}-${m[3]}`;
  const problem = partialDateProblem(out);
  if (problem) throw new RangeError(problem);
  return out;
}
