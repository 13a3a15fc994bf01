// Time windows as inclusive day spans, shared by every adapter: partial dates widen to the
// whole month or year, open ends become the sentinels the write planner uses.
import { firstDay, lastDay } from '../domain/dates/partial-date.js';
import { OPEN_END, OPEN_START } from '../domain/interchange/plan.js';
import type { TimeWindow } from './graph-store.js';

export interface DaySpan { from: string; to: string }

/** [from, to] as YYYY-MM-DD; an event overlaps it when event.dateFrom <= to and event.dateTo >= from. */
export function daySpan(window: TimeWindow): DaySpan {
  return { from: window.from ? firstDay(window.from) : OPEN_START, to: window.to ? lastDay(window.to) : OPEN_END };
}

export { OPEN_END, OPEN_START };
