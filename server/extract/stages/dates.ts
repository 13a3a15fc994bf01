// Stage 7 — dates. Reads: norm, sentences, published. Adds: dates (partial ISO dates with their
// precision, resolved against the publication date: a year left out is the nearest sensible one,
// weekdays are the latest such day on or before publication, "先月31日"/"ayer"/"last year" are relative),
// anchor (the day the article's own news happened) and warnings for days a month does not have.
import { daysInMonth } from '../../domain/dates/partial-date.js';
import { profileOf } from '../lang/index.js';
import { compilePattern } from '../patterns.js';
import type { ArticleContext, DateMention, Warning } from '../types.js';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d?: number) => (d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const DAY = 86400000;
const toUtc = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
const fromUtc = (t: number) => new Date(t).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => fromUtc(toUtc(day) + n * DAY);

const MONTHS_ES: Record<string, number> = { enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6, julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12 };
const MONTHS_EN: Record<string, number> = { january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12 };
const WEEKDAYS_ES: Record<string, number> = { domingo: 0, lunes: 1, martes: 2, 'miércoles': 3, miercoles: 3, jueves: 4, viernes: 5, 'sábado': 6, sabado: 6 };
const WEEKDAYS_EN: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

interface Raw { start: number; end: number; y?: number; m?: number; d?: number; d2?: number; m2?: number; rule: string; relative: boolean; yearShift?: number; monthShift?: number; exact?: string; exactEnd?: string; future?: boolean; past?: boolean; precision?: 'year' | 'month' }

/** The publication-relative year for a month (and day) written without one. */
function inferYear(pub: string, m: number, d: number | undefined, future: boolean): number {
  const py = Number(pub.slice(0, 4));
  const target = (y: number) => Date.UTC(y, m - 1, Math.min(d ?? 15, daysInMonth(y, m)));
  const p = toUtc(pub);
  if (future) return target(py) >= p - 2 * DAY ? py : py + 1;
  // Past-leaning: news mostly reports what happened; allow a short look-ahead for announced events.
  const slack = (d === undefined ? 0 : 10) * DAY;
  if (d === undefined) return m <= Number(pub.slice(5, 7)) ? py : py - 1;
  return target(py) <= p + slack ? py : py - 1;
}

function latestWeekday(pub: string, wd: number, future: boolean): string {
  const p = new Date(toUtc(pub));
  const diff = (p.getUTCDay() - wd + 7) % 7;
  return future ? addDays(pub, diff === 0 ? 0 : 7 - diff) : addDays(pub, -diff);
}

function rawJa(text: string, base: number): Raw[] {
  const out: Raw[] = [];
  const eras: Record<string, number> = { 令和: 2018, 平成: 1988 };
  const re = /(令和|平成)?(\d{1,4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?|(昨年|去年|今年|来年|先月|今月|来月)?(\d{1,2})月(?:(\d{1,2})日(?:\s*[〜~～\-ー－]\s*(?:(\d{1,2})月)?(\d{1,2})日)?)?|(?<![\d月])(\d{1,2})\s*[〜~～\-－]\s*(\d{1,2})日|(?<![\d月年])(先月|今月|来月)?(\d{1,2})日|(昨日|本日|今日|翌日|前日|同日|一昨日)|(昨年|去年|今年|来年)/gu;
  for (const m of text.matchAll(re)) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (m[2] !== undefined) {
      const y = m[1] ? eras[m[1]] + Number(m[2]) : Number(m[2]);
      if (y < 1000 && !m[1]) continue;
      out.push({ start, end, y, m: m[3] ? Number(m[3]) : undefined, d: m[4] ? Number(m[4]) : undefined, rule: 'date.ja.absolute', relative: false });
    } else if (m[6] !== undefined) {
      const shift = m[5];
      out.push({ start, end, m: Number(m[6]), d: m[7] ? Number(m[7]) : undefined, m2: m[8] ? Number(m[8]) : undefined, d2: m[9] ? Number(m[9]) : undefined, rule: 'date.ja.month-day', relative: !!shift, yearShift: shift === '昨年' || shift === '去年' ? -1 : shift === '来年' ? 1 : shift === '今年' ? 0 : undefined, monthShift: shift === '先月' ? -1 : shift === '来月' ? 1 : shift === '今月' ? 0 : undefined });
    } else if (m[10] !== undefined) {
      out.push({ start, end, d: Number(m[10]), d2: Number(m[11]), rule: 'date.ja.day-range', relative: true });
    } else if (m[13] !== undefined) {
      const shift = m[12];
      out.push({ start, end, d: Number(m[13]), rule: 'date.ja.day', relative: true, monthShift: shift === '先月' ? -1 : shift === '来月' ? 1 : shift === '今月' ? 0 : undefined });
    } else if (m[14] !== undefined) {
      out.push({ start, end, rule: `date.ja.${m[14]}`, relative: true, exact: m[14] });
    } else if (m[15] !== undefined) {
      out.push({ start, end, rule: 'date.ja.year-word', relative: true, yearShift: m[15] === '昨年' || m[15] === '去年' ? -1 : m[15] === '来年' ? 1 : 0, precision: 'year' });
    }
  }
  return out;
}

function rawLatin(text: string, base: number, lang: 'es' | 'en'): Raw[] {
  const out: Raw[] = [];
  const months = lang === 'es' ? MONTHS_ES : MONTHS_EN;
  const weekdays = lang === 'es' ? WEEKDAYS_ES : WEEKDAYS_EN;
  const mn = Object.keys(months).sort((a, b) => b.length - a.length).join('|');
  const wd = Object.keys(weekdays).join('|');
  const patterns: [RegExp, (m: RegExpMatchArray) => Omit<Raw, 'start' | 'end'> | null][] = [
    [/(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/giu, (m) => ({ y: +m[1], m: +m[2], d: +m[3], rule: 'date.iso', relative: false })],
    [new RegExp(`(?<!\\d)(\\d{1,2})[-\\s](?:de\\s+)?(${mn})\\.?(?:[-\\s,]+(?:de(?:l)?\\s+)?(\\d{4}))?(?![\\p{L}])`, 'giu'), (m) => ({ d: +m[1], m: months[m[2].toLowerCase()], y: m[3] ? +m[3] : undefined, rule: 'date.day-month', relative: false })],
    [new RegExp(`(?<![\\p{L}])(${mn})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to)\\s*(?:(${mn})\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?(?!\\d)`, 'giu'), (m) => ({ m: months[m[1].toLowerCase()], d: +m[2], m2: m[3] ? months[m[3].toLowerCase()] : undefined, d2: m[4] ? +m[4] : undefined, y: m[5] ? +m[5] : undefined, rule: 'date.month-day', relative: false })],
    [new RegExp(`(?<![\\p{L}])(?:(pasado|próximo|proximo|last|next)\\s+)?(${mn})(?:\\s+(pasado|próximo|proximo))?(?:\\s+(?:de(?:l)?\\s+)?(\\d{4}))?(?![\\p{L}])`, 'giu'), (m) => {
      const key = m[2].toLowerCase();
      if (key.length <= 3 && !/^(may|mar|jun|jul)$/.test(key)) return null; // "dic"/"ago" alone are too ambiguous
      if (lang === 'en' && key === 'may' && !/^May/.test(m[2])) return null;
      if (lang === 'es' && key === 'mar' && !m[4]) return null; // "el mar" is the sea
      const word = (m[1] ?? m[3] ?? '').toLowerCase();
      return { m: months[key], y: m[4] ? +m[4] : undefined, rule: 'date.month', relative: !m[4], future: /próximo|proximo|next/.test(word), past: /pasado|last/.test(word), precision: 'month' as const };
    }],
    [new RegExp(`(?<![\\p{L}])(?:(este|esta|el|hoy|last|this|next|on|próximo|pasado)\\s+)?(${wd})(?:\\s+(pasado|próximo))?(?![\\p{L}])`, 'giu'), (m) => {
      const word = ((m[1] ?? '') + (m[3] ?? '')).toLowerCase();
      return { d: weekdays[m[2].toLowerCase()], rule: 'date.weekday', relative: true, exact: 'weekday', future: /next|próximo/.test(word) };
    }],
    [/(?<![\p{L}\d])(?:en|in|de|del|of)\s+(\d{4})(?!\d)/giu, (m) => ({ y: +m[1], rule: 'date.year', relative: false, precision: 'year' as const })],
    [/(?<![\p{L}])(?:in|dentro de|en)\s+(two|three|four|a few|dos|tres|cuatro|\d+)\s+(?:more\s+|más\s+)?(days|weeks|días|semanas)(?![\p{L}])/giu, (m) => {
      const n: Record<string, number> = { two: 2, three: 3, four: 4, 'a few': 3, dos: 2, tres: 3, cuatro: 4 };
      const count = n[m[1].toLowerCase()] ?? +m[1];
      return { rule: 'date.in-period', relative: true, exact: `+${count * (/week|semana/i.test(m[2]) ? 7 : 1)}` };
    }],
    [/(?<![\p{L}])(ayer|hoy|yesterday|today|anteayer|mañana|tomorrow)(?![\p{L}])/giu, (m) => ({ rule: `date.${m[1].toLowerCase()}`, relative: true, exact: m[1].toLowerCase() })],
    [/(?<![\p{L}])(el año pasado|last year|este año|this year|el próximo año|next year|earlier this month|this month|este mes|last month|el mes pasado|earlier this year|next month|el próximo mes|el mes próximo|next week|la próxima semana|la semana próxima)(?![\p{L}])/giu, (m) => ({ rule: 'date.relative-period', relative: true, exact: m[1].toLowerCase() })],
  ];
  for (const [re, make] of patterns) {
    for (const m of text.matchAll(re)) {
      const r = make(m);
      if (!r) continue;
      const start = base + m.index!;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && o.end > start)) continue;
      out.push({ start, end, ...r });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

type Resolved = { date: string; endDate?: string | null } | { invalid: string } | null;

function resolve(r: Raw, pub: string, ctxDate: string | null, yearCtx: number | undefined, future: boolean): Resolved {
  const py = Number(pub.slice(0, 4));
  const pm = Number(pub.slice(5, 7));
  const check = (y: number, m: number, d?: number): string | { invalid: string } => {
    if (m < 1 || m > 12) return { invalid: `month ${m} does not exist` };
    if (d !== undefined && (d < 1 || d > daysInMonth(y, m))) return { invalid: `${y}-${pad(m)} has no day ${d}` };
    return iso(y, m, d);
  };
  const finish = (a: string | { invalid: string }, b?: string | { invalid: string } | null): Resolved => {
    if (typeof a !== 'string') return a;
    if (b && typeof b !== 'string') return b;
    return { date: a, endDate: (b as string | undefined) ?? null };
  };
  if (r.exact) {
    const word = r.exact;
    if (word === 'weekday') return { date: latestWeekday(pub, r.d!, !!r.future || future) };
    if (['昨日', 'ayer', 'yesterday'].includes(word)) return { date: addDays(pub, -1) };
    if (['一昨日', 'anteayer'].includes(word)) return { date: addDays(pub, -2) };
    if (['本日', '今日', 'hoy', 'today'].includes(word)) return { date: pub };
    if (['mañana', 'tomorrow'].includes(word)) return { date: addDays(pub, 1) };
    if (/^\+\d+$/.test(word)) return { date: addDays(pub, Number(word.slice(1))) };
    if (word === '翌日') return ctxDate && ctxDate.length === 10 ? { date: addDays(ctxDate, 1) } : null;
    if (word === '前日') return ctxDate && ctxDate.length === 10 ? { date: addDays(ctxDate, -1) } : null;
    if (word === '同日') return ctxDate ? { date: ctxDate } : null;
    if (['el año pasado', 'last year'].includes(word)) return { date: String(py - 1) };
    if (['este año', 'this year', 'earlier this year'].includes(word)) return { date: String(py) };
    if (['el próximo año', 'next year'].includes(word)) return { date: String(py + 1) };
    if (['earlier this month', 'this month', 'este mes'].includes(word)) return { date: iso(py, pm) };
    if (['next month', 'el próximo mes', 'el mes próximo'].includes(word)) return { date: pm === 12 ? iso(py + 1, 1) : iso(py, pm + 1) };
    if (['next week', 'la próxima semana', 'la semana próxima'].includes(word)) return { date: addDays(pub, 7) };
    if (['last month', 'el mes pasado'].includes(word)) return { date: pm === 1 ? iso(py - 1, 12) : iso(py, pm - 1) };
    return null;
  }
  if (r.precision === 'year' && r.y === undefined) return { date: String(py + (r.yearShift ?? 0)) };
  if (r.m === undefined && r.d !== undefined) {
    // A day without a month: this month when the day has come, else last month (先月/来月 shift it).
    let y = py;
    let m = pm;
    if (r.monthShift !== undefined) m = pm + r.monthShift;
    else if (r.d > Number(pub.slice(8, 10)) + 1) m = pm - 1;
    if (m < 1) { m += 12; y -= 1; }
    if (m > 12) { m -= 12; y += 1; }
    return finish(check(y, m, r.d), r.d2 !== undefined ? check(y, m, r.d2) : undefined);
  }
  if (r.m === undefined) return r.y !== undefined ? { date: String(r.y) } : null;
  let y = r.y;
  if (y === undefined && yearCtx !== undefined) y = yearCtx;
  if (y === undefined && r.yearShift !== undefined) y = py + r.yearShift;
  if (y === undefined && r.monthShift !== undefined) {
    let m = pm + r.monthShift;
    y = py;
    if (m < 1) { m += 12; y -= 1; }
    if (m > 12) { m -= 12; y += 1; }
    r = { ...r, m };
  }
  if (y === undefined) y = r.past ? (r.m! < pm ? py : py - 1) : inferYear(pub, r.m!, r.d, !!r.future || future);
  if (r.d === undefined) return finish(check(y, r.m!));
  return finish(check(y, r.m!, r.d), r.d2 !== undefined ? check(y, r.m2 ?? r.m!, r.d2) : undefined);
}

export function resolveDates(ctx: ArticleContext): ArticleContext {
  const planned = compilePattern(profileOf(ctx.lang).triggers.planned, ctx.lang === 'ja' ? 'u' : 'iu');
  const dates: DateMention[] = [];
  const warnings: Warning[] = [...ctx.warnings];
  let last: string | null = null;
  for (const s of ctx.sentences) {
    const raws = ctx.lang === 'ja' ? rawJa(s.text, s.start) : rawLatin(s.text, s.start, ctx.lang);
    const future = planned.test(s.text);
    let yearCtx: number | undefined;
    let sentenceDay: string | null = null;
    for (const r of raws) {
      // "昨年は1月と9月に": a year word sets the year of the months that follow in the sentence.
      if (r.rule === 'date.ja.year-word') {
        yearCtx = Number(ctx.published.slice(0, 4)) + (r.yearShift ?? 0);
        continue;
      }
      // 翌日/前日 count from a day named in the same sentence; 同日 may point back further.
      const reference = r.exact === '同日' ? last : sentenceDay;
      const res = resolve(r, ctx.published, reference, yearCtx, future && r.rule !== 'date.iso');
      if (!res) continue;
      if ('invalid' in res) {
        warnings.push({ code: 'impossible-date', message: `"${ctx.norm.slice(r.start, r.end)}" is not a calendar date (${res.invalid}); it was not used`, start: r.start, end: r.end });
        dates.push({ start: r.start, end: r.end, date: '', relative: r.relative, rule: `${r.rule}.impossible` });
        continue;
      }
      if (r.y !== undefined && r.m !== undefined) yearCtx = r.y;
      dates.push({ start: r.start, end: r.end, date: res.date, endDate: res.endDate ?? null, relative: r.relative, rule: r.rule });
      // 同日/翌日 refer to the last day named, not to a month, a year or a bracketed restatement.
      const bracketed = (() => { const b = s.text.slice(0, r.start - s.start); return b.lastIndexOf('(') > b.lastIndexOf(')'); })();
      if (res.date.length === 10 && !bracketed) { last = res.date; sentenceDay = res.date; }
    }
  }
  // The anchor: the first full date within two weeks before publication (datelines, "on Monday").
  const p = toUtc(ctx.published);
  const anchor = dates.find((d) => d.date.length === 10 && toUtc(d.date) <= p + DAY && toUtc(d.date) >= p - 14 * DAY)?.date ?? ctx.published;
  return { ...ctx, dates, anchor, warnings };
}
