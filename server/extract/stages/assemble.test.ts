import { runPipeline, STAGES } from '../pipeline.js';
import { contextOf } from '../test-helpers.js';
import type { Lang } from '../../domain/country/countries.js';
import type { ArticleContext } from '../types.js';

/** Runs every stage up to and including assemble (no duplicate merging). */
function assembled(text: string, lang: Lang, published: string): ArticleContext {
  const upTo = STAGES.findIndex((s) => s.name === 'assemble');
  return STAGES.slice(2, upTo + 1).reduce((ctx, stage) => stage.run(ctx), contextOf(`Title\n${text}`, lang, published));
}
const summary = (ctx: ArticleContext) => ctx.events.map((e) => `${e.type}:${e.kind}:${e.countries.join('-')}:${e.date}:${e.status}`);

describe('assemble', () => {
  test('the pipeline lists its stages in order', () => {
    expect(STAGES.map((s) => s.name)).toEqual(['normalise', 'segment', 'countries', 'organizations', 'persons', 'triggers', 'dates', 'assemble', 'dedupe']);
    expect(typeof runPipeline).toBe('function');
  });

  test('"両首脳" borrows the parties of the previous event', () => {
    const ctx = assembled('メキシコのロサ・ルナ大統領は3日、カナダのマーク・テイラー首相と会談した。両首脳は貿易について協議した。', 'ja', '2024-05-04');
    expect(summary(ctx)).toEqual(['meeting:summit:CA-MX:2024-05-03:held', 'meeting:summit:CA-MX:2024-05-03:held']);
  });

  test('a visit takes the place visited and the visitor, not every country in the sentence', () => {
    const ctx = assembled('Kenyan President Ruth Otieno, who criticised Russia last week, visited Ghana on Monday.', 'en', '2024-05-08');
    expect(summary(ctx)).toEqual(['meeting:visit:GH-KE:2024-05-06:held']);
  });

  test('a signing by ministers of two states is also a meeting', () => {
    const ctx = assembled('El canciller uruguayo, Pablo Rey, y su homólogo paraguayo, Luis Ortiz, firmaron ayer un tratado de libre comercio.', 'es', '2024-05-08');
    expect(summary(ctx)).toEqual(['pact:trade:PY-UY:2024-05-07:signed', 'meeting:talks:PY-UY:2024-05-07:held']);
  });

  test('an announced meeting is planned; without a date it is left out', () => {
    expect(summary(assembled('El canciller uruguayo, Pablo Rey, visitará Chile el próximo marzo.', 'es', '2024-05-08'))).toEqual(['meeting:visit:CL-UY:2025-03:planned']);
    expect(summary(assembled('El canciller uruguayo, Pablo Rey, tiene previsto reunirse con su homólogo chileno.', 'es', '2024-05-08'))).toEqual([]);
  });

  test('every event carries evidence with a rule id', () => {
    const ctx = assembled('The Kenyan and Ghanaian foreign ministers held talks in Accra on Monday.', 'en', '2024-05-08');
    expect(ctx.events).toHaveLength(1);
    expect(ctx.events[0].evidence[0].rule).toBe('trigger.meeting.talks');
    expect(ctx.events[0].place).toBe('GH');
  });
});
