import { findTriggers } from './triggers.js';

const kinds = (text: string, lang: 'ja' | 'es' | 'en') => findTriggers(text, lang).map((t) => `${t.type}:${t.kind}`);

describe('triggers', () => {
  test('Japanese meeting cues, with 記者会見 (press conference) left out', () => {
    expect(kinds('両首脳は電話会談を行った。', 'ja')).toEqual(['meeting:call']);
    expect(kinds('外相会談の後、記者会見に臨んだ。', 'ja')).toEqual(['meeting:ministerial']);
  });

  test('the longest pact cue wins', () => {
    expect(kinds('包括的戦略的パートナーシップを確立した。', 'ja')).toEqual(['pact:partnership']);
    expect(kinds('They signed a memorandum of understanding.', 'en')).toEqual(['pact:mou']);
  });

  test('Spanish cues with accents', () => {
    expect(kinds('Los cancilleres tuvieron una conversación telefónica y firmaron memorandos de entendimiento.', 'es')).toEqual(['meeting:call', 'pact:mou']);
  });

  test('findings carry offsets and a rule id', () => {
    const [t] = findTriggers('The leaders held talks.', 'en');
    expect(t).toMatchObject({ start: 12, end: 22, rule: 'trigger.meeting.talks' });
  });
});
