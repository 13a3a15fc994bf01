// Partial calendar dates: "2024", "2024-03" or "2024-03-25". The string's length is its
// precision, so a value never claims more than the source said.
import { z } from 'zod';

export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a partial date is not a real calendar date, or null when it is one. */
export function partialDateProblem(value: string): string | null {
  const m = PATTERN.exec(value);
  if (!m) return `"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1000) return `year ${year} is out of range`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `${value} is not a calendar date (month ${m[2]} of ${year} has ${daysInMonth(year, month)} days)`;
  return null;
}

export const PartialDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'ISO 8601 calendar date with its precision: YYYY, YYYY-MM or YYYY-MM-DD', examples: ['2024-03-25', '2024-03', '2024'] });
export type PartialDate = z.infer<typeof PartialDate>;

/** A full day date (YYYY-MM-DD) that exists in the calendar. */
export const DayDate = PartialDate.refine((v) => v.length === 10, { message: 'expected a full date YYYY-MM-DD' });

export function precisionOf(value: string): DatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** First day covered by a partial date, as YYYY-MM-DD. */
export function firstDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** Last day covered by a partial date, as YYYY-MM-DD. */
export function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number);
    return `${value}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return value;
}

/** The span [from, to] (inclusive days) an event with this date and optional end date covers. */
export function spanOf(date: string, endDate?: string | null): { from: string; to: string } {
  return { from: firstDay(date), to: lastDay(endDate ?? date) };
}
