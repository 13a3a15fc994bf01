import { describe, expect, test } from '@jest/globals';
import { hoverLines } from './hover-lines.js';

describe('hover lines (English interface)', () => {
  test('a node: its name, kind, region and events in the window before its overall weight', () => {
    expect(hoverLines({ id: 'country:JP', display: 'Japan', kind: 'country', region: 'Asia', weight: 9, windowWeight: 1234 }, true)).toEqual(['Japan', 'country · Asia · 1,234 events']);
    expect(hoverLines({ id: 'org:ASEAN', label: 'ASEAN', kind: 'organization', weight: 1 }, true)[1]).toMatch(/ · 1 event$/);
  });

  test('a tie: its ends, relation and kinds, counts, and the dates it spans', () => {
    const tie = { sourceLabel: 'Japan', targetLabel: 'Viet Nam', relation: 'met', kinds: ['summit'], meetings: 2, pacts: 0, firstDate: '2024-03-25', lastDate: '2024-11-02' };
    expect(hoverLines(tie, false)).toEqual(['Japan — Viet Nam', 'Met (summit)', '2 meetings · 0 pacts · 25 March 2024 – 2 November 2024']);
    expect(hoverLines({ ...tie, relation: 'pact', kinds: ['alliance'], meetings: 0, pacts: 1, lastDate: '2024-03-25' }, false).slice(1)).toEqual(['Pact (alliance)', '0 meetings · 1 pact · 25 March 2024']);
    expect(hoverLines({ ...tie, kinds: [], firstDate: null }, false).slice(1)).toEqual(['Met', '2 meetings · 0 pacts']);
  });
});
