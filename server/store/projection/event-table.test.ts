import type { EventFacts } from '../graph-store.js';
import { dayNumber, dayText } from '../day-numbers.js';
import { EventTable, MEETING, ownCopy } from './event-table.js';

/** A deterministic scramble of events: meetings of 1–3 days and pacts of days to decades, some
 * open-ended, over a few actors, in no date order. */
function scrambledEvents(n: number): EventFacts[] {
  const actors = ['country:US', 'country:CN', 'country:JP', 'country:FR', 'org:EU', 'country:KE'];
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  const base = dayNumber('1990-01-01');
  return Array.from({ length: n }, (_, i) => {
    const pact = i % 5 === 0;
    const from = base + (next() % 12_000);
    const span = pact ? [0, 30, 300, 5000, 40_000][next() % 5] : next() % 3;
    const m = 2 + (next() % (pact ? 4 : 2));
    const who = new Set<string>();
    while (who.size < m) who.add(actors[next() % actors.length]);
    return { id: `${pact ? 'pact' : 'meeting'}:${String(i).padStart(6, '0')}`, type: pact ? 'pact' : 'meeting', kind: pact ? 'treaty' : ['summit', 'talks', 'call'][i % 3], dateFrom: dayText(from), dateTo: dayText(from + span), dateKnown: i % 7 !== 0, actors: [...who] };
  });
}

const factsAt = (t: EventTable, e: number) => ({
  id: t.ids[e], type: t.type.data[e] === MEETING ? 'meeting' : 'pact', kind: t.kinds[t.kind.data[e]],
  dateFrom: dayText(t.dayFrom.data[e]), dateTo: dayText(t.dayTo.data[e]), dateKnown: t.known.data[e] === 1,
  actors: t.actorsOf(e).map((a) => t.actorIds[a]),
});

const idsIn = (t: EventTable, lo: number, hi: number) => {
  const ids: string[] = [];
  t.inWindow(lo, hi, (e) => ids.push(t.ids[e]));
  return ids.sort();
};

describe('EventTable.orderByStartDay', () => {
  const events = scrambledEvents(3000);
  const table = new EventTable();
  for (const f of events) table.add(f);
  const windows = [['1990-01-01', '1990-12-31'], ['2005-03-01', '2005-03-31'], ['2021-06-15', '2021-06-15'], ['1900-01-01', '2100-12-31']].map(([a, b]) => [dayNumber(a), dayNumber(b)]);
  const before = windows.map(([lo, hi]) => idsIn(table, lo, hi));
  table.orderByStartDay();

  test('puts meetings, then pacts, each in start-day order, and keeps every event as it was', () => {
    const n = table.size;
    expect(n).toBe(events.length);
    for (let e = 1; e < n; e++) {
      const [t0, t1] = [table.type.data[e - 1], table.type.data[e]];
      expect(t1 >= t0).toBe(true);
      if (t0 === t1) expect(table.dayFrom.data[e]).toBeGreaterThanOrEqual(table.dayFrom.data[e - 1]);
    }
    for (const f of events) {
      const e = table.indexOf(f.id)!;
      expect(factsAt(table, e)).toEqual(f);
    }
  });

  test('keeps each actor and pair list complete and ascending', () => {
    for (let a = 0; a < table.actorIds.length; a++) {
      const expected = events.filter((f) => f.actors.includes(table.actorIds[a])).map((f) => table.indexOf(f.id)!).sort((x, y) => x - y);
      expect(table.eventsOf[a]).toEqual(expected);
    }
    for (const p of table.pairList) {
      const [x, y] = [table.actorIds[p.a], table.actorIds[p.b]];
      const expected = events.filter((f) => f.actors.includes(x) && f.actors.includes(y)).map((f) => table.indexOf(f.id)!).sort((u, v) => u - v);
      expect(p.events).toEqual(expected);
    }
  });

  test('finds the same events in every window, and events added afterwards too', () => {
    windows.forEach(([lo, hi], i) => expect(idsIn(table, lo, hi)).toEqual(before[i]));
    const late: EventFacts = { id: 'meeting:late', type: 'meeting', kind: 'call', dateFrom: '2005-03-10', dateTo: '2005-03-10', dateKnown: true, actors: ['country:US', 'country:KE'] };
    const e = table.add(late);
    expect(e).toBe(events.length);
    expect(idsIn(table, windows[1][0], windows[1][1])).toEqual([...before[1], 'meeting:late'].sort());
    expect(table.eventsOf[table.actorOf('country:KE')!].at(-1)).toBe(e);
  });
});

test('ownCopy returns an equal string', () => {
  const text = 'meeting:0123456789abcdef01234567,talks,19000'.repeat(3);
  const slice = text.slice(0, 32);
  expect(ownCopy(slice)).toBe(slice);
  expect(ownCopy('ベトナム')).toBe('ベトナム');
  expect(ownCopy('org:caf\u00e9')).toBe('org:caf\u00e9');
  expect(ownCopy('org:\ud800 alone')).toBe('org:\ud800 alone');
});
