// Snapshot comparison: two dates; added, removed, strengthened and weakened ties are coloured on
// the graph and counted here.
import type { DiffResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { tr } from '../i18n/text.js';
import { DIFF_COLORS } from '../graph-view/style.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';

export class ComparePanel {
  private readonly at1: HTMLInputElement;
  private readonly at2: HTMLInputElement;
  private readonly out: HTMLElement;
  private readonly blocs: HTMLElement;

  constructor(root: HTMLElement, private readonly store: Store) {
    this.at1 = h('input', { type: 'date', id: 'compare-at1', required: true });
    this.at2 = h('input', { type: 'date', id: 'compare-at2', required: true });
    this.out = h('div', { 'aria-live': 'polite' });
    this.blocs = h('div', { id: 'compare-blocs', 'aria-live': 'polite' });
    root.append(
      h('h2', {}, tr('compare.title')),
      h('p', { class: 'hint' }, tr('compare.hint')),
      h('div', { class: 'grid-2' },
        h('label', { class: 'field', for: 'compare-at1' }, tr('compare.before'), this.at1),
        h('label', { class: 'field', for: 'compare-at2' }, tr('compare.after'), this.at2)),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'compare-run', onclick: () => this.run() }, tr('compare.run')),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.store.update({ compareAt1: undefined, compareAt2: undefined }) }, tr('common.clear'))),
      this.out,
      this.blocs,
    );
  }

  private run() {
    if (!this.at1.value || !this.at2.value) return void clear(this.out, h('p', { class: 'error', role: 'alert' }, t('compare.pickBoth')));
    if (this.at1.value >= this.at2.value) return void clear(this.out, h('p', { class: 'error', role: 'alert' }, t('compare.order')));
    this.store.update({ compareAt1: this.at1.value, compareAt2: this.at2.value, tool: 'compare' });
  }

  setDefaults(from: string | null, to: string | null): void {
    if (!this.at1.value && from) this.at1.value = from.length === 10 ? from : `${from.slice(0, 4)}-01-01`;
    if (!this.at2.value && to) this.at2.value = to.length === 10 ? to : `${to.slice(0, 4)}-12-31`;
  }

  sync(state: ViewState): void {
    if (state.compareAt1) this.at1.value = state.compareAt1;
    if (state.compareAt2) this.at2.value = state.compareAt2;
    if (!state.compareAt1 || !state.compareAt2) clear(this.out), clear(this.blocs);
  }

  showLoading(): void {
    clear(this.out, h('p', { class: 'muted' }, t('compare.running')));
  }

  showError(message: string): void {
    clear(this.out, h('p', { class: 'error', role: 'alert' }, message));
  }

  /** Actors whose bloc (Louvain community, matched by overlap) changed between the two dates. */
  showBlocs(result: { moved: { id: string; label: string; formerPartners: string[]; newPartners: string[] }[]; rises: { id: string; label: string; delta: number }[] }, labelOf: (id: string) => string, select: (id: string) => void): void {
    clear(this.blocs,
      h('h3', {}, t('compare.blocsTitle')),
      result.moved.length
        ? h('ul', { class: 'bloc-moves', id: 'bloc-moves' }, result.moved.slice(0, 10).map((m) => h('li', {},
            h('button', { type: 'button', class: 'link', onclick: () => select(m.id) }, labelOf(m.id) || m.label),
            m.newPartners.length ? h('span', { class: 'muted' }, ` → ${m.newPartners.slice(0, 3).map(labelOf).join(', ')}`) : null)))
        : h('p', { class: 'muted' }, t('compare.blocsNone')),
      result.rises.length ? h('p', { class: 'hint' }, t('compare.rise', { name: labelOf(result.rises[0].id) || result.rises[0].label, delta: formatNumber(result.rises[0].delta, { maximumSignificantDigits: 2, signDisplay: 'always' }) })) : null,
    );
  }

  showResult(diff: DiffResult): void {
    const rows: [string, number, string][] = [
      [t('compare.tiesAdded'), diff.added?.edges?.length ?? 0, DIFF_COLORS.added],
      [t('compare.tiesRemoved'), diff.removed?.edges?.length ?? 0, DIFF_COLORS.removed],
      [t('compare.tiesStrengthened'), diff.strengthened?.length ?? 0, DIFF_COLORS.strengthened],
      [t('compare.tiesWeakened'), diff.weakened?.length ?? 0, DIFF_COLORS.weakened],
      [t('compare.countriesAdded'), diff.added?.nodes?.length ?? 0, DIFF_COLORS.added],
      [t('compare.countriesRemoved'), diff.removed?.nodes?.length ?? 0, DIFF_COLORS.removed],
    ];
    clear(this.out, h('ul', { class: 'diff-summary', id: 'diff-summary' }, rows.map(([label, n, color]) =>
      h('li', {}, h('span', { class: 'dot', style: `background:${color};width:10px;height:10px;border-radius:50%;display:inline-block`, 'aria-hidden': 'true' }), h('span', {}, `${label}: `), h('strong', {}, formatNumber(n))))));
  }
}
