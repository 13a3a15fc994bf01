// Stage 6 — triggers. Reads: norm, sentences. Adds: triggers (meeting and pact cues from
// lang/<code>/triggers.json; where cues overlap, the earlier-listed, more specific cue wins).
import type { Lang } from '../../domain/country/countries.js';
import { profileOf } from '../lang/index.js';
import { compilePattern } from '../patterns.js';
import { Occupancy } from '../occupancy.js';
import type { ArticleContext, TriggerMention } from '../types.js';

interface Compiled { type: 'meeting' | 'pact'; kind: string; re: RegExp; order: number }
const compiled = new Map<Lang, Compiled[]>();

function rulesFor(lang: Lang): Compiled[] {
  let rules = compiled.get(lang);
  if (!rules) {
    const t = profileOf(lang).triggers;
    const flags = lang === 'ja' ? 'gu' : 'giu';
    let order = 0;
    rules = [
      ...t.meeting.map((r) => ({ type: 'meeting' as const, kind: r.kind, re: compilePattern(r.pattern, flags), order: order++ })),
      ...t.pact.map((r) => ({ type: 'pact' as const, kind: r.kind, re: compilePattern(r.pattern, flags), order: order++ })),
    ];
    compiled.set(lang, rules);
  }
  return rules;
}

export function findTriggers(text: string, lang: Lang): TriggerMention[] {
  const all: (TriggerMention & { order: number })[] = [];
  for (const r of rulesFor(lang)) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      if (!m[0]) continue;
      all.push({ start: m.index!, end: m.index! + m[0].length, type: r.type, kind: r.kind, rule: `trigger.${r.type}.${r.kind}`, order: r.order });
    }
  }
  // Why: "包括的戦略的パートナーシップ" must not also count as a bare "パートナーシップ"; meeting and pact cues
  // may overlap each other ("安全保障協議" is both), so overlap is resolved per event type.
  all.sort((a, b) => a.order - b.order || b.end - b.start - (a.end - a.start));
  const kept: (TriggerMention & { order: number })[] = [];
  const taken = { meeting: new Occupancy<true>(text.length), pact: new Occupancy<true>(text.length) };
  for (const t of all) {
    if (taken[t.type].at(t.start, t.end)) continue;
    taken[t.type].take(t.start, t.end, true);
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ order: _order, ...t }) => t);
}

export function recogniseTriggers(ctx: ArticleContext): ArticleContext {
  return { ...ctx, triggers: findTriggers(ctx.norm, ctx.lang) };
}
