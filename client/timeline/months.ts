// Month arithmetic for the time slider: the slider moves in whole months between the first
// and the last event. Pure.

const MONTH = /^(\d{4})-(\d{2})/;

function parts(date: string): [number, number] {
  const m = MONTH.exec(date.length === 4 ? `${date}-01` : date);
  if (!m) throw new Error(`timeline: "${date}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return [Number(m[1]), Number(m[2])];
}

export function monthOf(date: string): string {
  const [y, m] = parts(date);
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Every month from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  let [y, m] = parts(from);
  const [ty, tm] = parts(to.length === 4 ? `${to}-12` : to);
  const out: string[] = [];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 12 * 300) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) (m = 1), y++;
  }
  return out;
}

export function monthStart(month: string): string {
  return `${month}-01`;
}

export function monthEnd(month: string): string {
  const [y, m] = parts(month);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** Index of the month containing `date`, clamped to the list. */
export function indexOf(months: readonly string[], date: string | undefined, fallback: number): number {
  if (!date || !months.length) return fallback;
  const month = monthOf(date);
  if (month <= months[0]) return 0;
  if (month >= months[months.length - 1]) return months.length - 1;
  return Math.max(0, months.indexOf(month));
}

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function monthLabel(month: string): string {
  const [y, m] = parts(month);
  return `${NAMES[m - 1]} ${y}`;
}

/** The next window `step` months later, keeping its width (the last step stops at the end); null once there. */
export function stepWindow(months: readonly string[], fromIndex: number, toIndex: number, step = 1): [number, number] | null {
  if (toIndex + 1 >= months.length) return null;
  const move = Math.min(step, months.length - 1 - toIndex);
  return [fromIndex + move, toIndex + move];
}

/** Months per play step, so that playing the whole range takes about `ticks` steps. */
export function playStep(monthCount: number, ticks = 80): number {
  return Math.max(1, Math.round(monthCount / ticks));
}
