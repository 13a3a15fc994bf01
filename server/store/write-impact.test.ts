import { describe, expect, it } from '@jest/globals';
import { emptyBatch, planWrites } from '../domain/interchange/plan.js';
import { Interchange } from '../domain/interchange/schema.js';
import { impactOf, mayChange } from './write-impact.js';

const meeting = (date: string, codes: string[]) => planWrites(Interchange.parse({
  events: [{ type: 'meeting', kind: 'talks', date, participants: codes.map((code) => ({ type: 'country', code })) }],
}));
const merged = (batches: ReturnType<typeof planWrites>) => batches.reduce((acc, b) => {
  for (const k of Object.keys(acc) as (keyof typeof acc)[]) if (Array.isArray(acc[k])) (acc[k] as unknown[]).push(...(b[k] as unknown[]));
  return acc;
}, emptyBatch());

describe('write impact', () => {
  const impact = impactOf(merged(meeting('2025-05-31', ['JP', 'VN'])));

  it('keeps windows the new event does not overlap and drops those it does', () => {
    expect(mayChange(impact, 'networkTies', [{ from: '2010', to: '2010', relations: ['met'] }])).toBe(false);
    expect(mayChange(impact, 'networkTies', [{ from: '2025', to: '2025', relations: ['met'] }])).toBe(true);
    expect(mayChange(impact, 'ties', [{ relations: ['met'] }])).toBe(true); // no window: all time
    expect(mayChange(impact, 'shortestPaths', [{ from: '2025-06', relations: ['met'] }])).toBe(false);
  });

  it('drops the reads of the actors it touches and keeps the others outside its window', () => {
    expect(mayChange(impact, 'pairEvents', ['country:JP', 'country:US', ['met'], { from: '2010', to: '2010' }, 0, 20])).toBe(true);
    expect(mayChange(impact, 'pairEvents', ['country:US', 'country:CN', ['met'], { from: '2010', to: '2010' }, 0, 20])).toBe(false);
    expect(mayChange(impact, 'entityEvents', ['country:VN', { from: '2010', to: '2010' }, 0, 20])).toBe(true);
    expect(mayChange(impact, 'counterparts', ['country:FR', { from: '2010', to: '2010' }, 20])).toBe(false);
    expect(mayChange(impact, 'activity', ['country:FR'])).toBe(false);
    expect(mayChange(impact, 'getNodes', [['country:FR', 'country:JP']])).toBe(true);
    expect(mayChange(impact, 'counts', [])).toBe(true);
  });

  it('treats an event whose span the batch does not carry as touching every window', () => {
    const b = emptyBatch();
    b.attended.push({ entity: 'person:abc', meeting: 'meeting:old', role: null });
    const unknown = impactOf(b);
    expect(unknown.spans).toBeNull();
    expect(mayChange(unknown, 'networkTies', [{ from: '1990', to: '1990', relations: ['met'] }])).toBe(true);
    expect(mayChange(unknown, 'eventDetail', ['meeting:old'])).toBe(true);
  });

  it('takes the stored span of an event the batch links to (a merged report) instead of assuming every window', () => {
    const b = emptyBatch();
    b.attended.push({ entity: 'person:abc', meeting: 'meeting:old', role: null });
    b.reportedIn.push({ event: 'meeting:old', document: 'doc:new', start: 0, end: 5, quote: 'x', rule: 'r' });
    b.linked = [{ id: 'meeting:old', dateFrom: '2019-04-01', dateTo: '2019-04-03' }];
    const linked = impactOf(b);
    expect(linked.spans).toEqual([{ from: '2019-04-01', to: '2019-04-03' }]);
    expect(mayChange(linked, 'networkTies', [{ from: '1990', to: '1990', relations: ['met'] }])).toBe(false);
    expect(mayChange(linked, 'networkTies', [{ from: '2019-04-03', to: '2019-12', relations: ['met'] }])).toBe(true);
    expect(mayChange(linked, 'eventDetail', ['meeting:old'])).toBe(true);
    // The event's other participants are not in the batch: their pages in its window change.
    expect(mayChange(linked, 'counterparts', ['country:FR', { from: '2019', to: '2019' }, 20])).toBe(true);
    expect(mayChange(linked, 'counterparts', ['country:FR', { from: '2020', to: '2020' }, 20])).toBe(false);
  });

  it('drops the event pages and counterparts of actors the batch does not name when an event in their window changes', () => {
    // An existing meeting gains a country: its summary and its other participants' counterparts
    // change, and those participants (a person, say) are not in the batch.
    const b = emptyBatch();
    b.attended.push({ entity: 'country:FR', meeting: 'meeting:old', role: null });
    b.ties.push({ a: 'country:FR', b: 'country:JP', event: 'meeting:old', relation: 'met', kind: 'talks', dateFrom: '2019-04-01', dateTo: '2019-04-01' });
    const joined = impactOf(b);
    for (const window of [{}, { from: '2019', to: '2019' }]) {
      expect(mayChange(joined, 'entityEvents', ['person:someone', window, 0, 20])).toBe(true);
      expect(mayChange(joined, 'counterparts', ['person:someone', window, 20])).toBe(true);
      expect(mayChange(joined, 'pairEvents', ['person:someone', 'country:VN', ['met'], window, 0, 20])).toBe(true);
    }
    expect(mayChange(joined, 'entityEvents', ['person:someone', { from: '2020', to: '2020' }, 0, 20])).toBe(false);
    expect(mayChange(joined, 'activity', ['person:someone'])).toBe(false);
  });

  it('evidence for a known event changes its detail, not the graph; an empty batch changes nothing', () => {
    const b = emptyBatch();
    b.document = { id: 'doc:x', title: 't', lang: 'en', published: '2025-06-01', sourceName: '', sourceUrl: null, curated: false, textLength: 10 };
    b.reportedIn.push({ event: 'meeting:old', document: 'doc:x', start: 0, end: 5, quote: 'x', rule: 'r' });
    const evidence = impactOf(b);
    expect(mayChange(evidence, 'networkTies', [{ relations: ['met'] }])).toBe(false);
    expect(mayChange(evidence, 'search', ['ja', 10])).toBe(false);
    expect(mayChange(evidence, 'eventDetail', ['meeting:old'])).toBe(true);
    expect(mayChange(impactOf(emptyBatch()), 'counts', [])).toBe(false);
  });
});

describe('write impact on node records', () => {
  it('keeps a cached record of a node that existed, drops one the answer lacked, and always an event', () => {
    const impact = impactOf(merged(meeting('2025-05-31', ['JP', 'VN'])));
    const jp = [{ id: 'country:JP', kind: 'country', props: {} }];
    expect(mayChange(impact, 'getNodes', [['country:JP']], jp)).toBe(false);
    expect(mayChange(impact, 'getNodes', [['country:JP', 'country:VN']], jp)).toBe(true);
    expect(mayChange(impact, 'getNodes', [['country:JP']], undefined)).toBe(true);
    const meetingId = [...impact.events][0];
    expect(mayChange(impact, 'getNodes', [[meetingId]], [{ id: meetingId, kind: 'meeting', props: {} }])).toBe(true);
  });
});
