import { sameMeeting, samePact } from './merge.js';

describe('cross-document merge rules', () => {
  test('meetings merge when one person list contains the other', () => {
    expect(sameMeeting(['p:son'], ['p:son', 'p:blinken'])).toBe(true);
    expect(sameMeeting([], ['p:son'])).toBe(true);
  });
  test('same day, same countries, different counterparts stay apart', () => {
    expect(sameMeeting(['p:son', 'p:blinken'], ['p:son', 'p:sullivan'])).toBe(false);
  });
  test('pacts merge on a shared name or on kind family when unnamed, never across years', () => {
    expect(samePact({ kind: 'partnership', names: ['Comprehensive Strategic Partnership'], date: '2023-09-10' }, { kind: 'partnership', names: ['comprehensive strategic partnership'], date: null })).toBe(true);
    expect(samePact({ kind: 'defense', names: [], date: '2024-06-19' }, { kind: 'treaty', names: ['Treaty on Comprehensive Strategic Partnership'], date: '2024-06' })).toBe(true);
    expect(samePact({ kind: 'trade', names: [], date: null }, { kind: 'defense', names: [], date: null })).toBe(false);
    expect(samePact({ kind: 'partnership', names: ['X'], date: '2016' }, { kind: 'partnership', names: ['X'], date: '2023' })).toBe(false);
  });
});
