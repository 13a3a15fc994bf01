// Snapshot comparison: two dates; added, removed, strengthened and weakened ties are coloured on
// the graph and counted here.
import type { DiffResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import { DIFF_COLORS } from '../graph-view/style.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';

export class ComparePanel {
  private readonly at1: HTMLInputElement;
  private readonly at2: HTMLInputElement;
  private readonly out: HTMLElement;

  constructor(root: HTMLElement, private readonly store: Store) {
    this.at1 = h('input', { type: 'date', id: 'compare-at1', required: true });
    this.at2 = h('input', { type: 'date', id: 'compare-at2', required: true });
    this.out = h('div', { 'aria-live': 'polite' });
    root.append(
      h('h2', {}, 'Compare two dates'),
      h('p', { class: 'hint' }, 'The network as of each date: pacts in force, meetings in the 12 months before.'),
      h('div', { class: 'grid-2' },
        h('label', { class: 'field', for: 'compare-at1' }, h('span', {}, 'Before'), this.at1),
        h('label', { class: 'field', for: 'compare-at2' }, h('span', {}, 'After'), this.at2)),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'compare-run', onclick: () => this.run() }, 'Compare'),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.store.update({ compareAt1: undefined, compareAt2: undefined }) }, 'Clear')),
      this.out,
    );
  }

  private run() {
    if (!this.at1.value || !this.at2.value) return void clear(this.out, h('p', { class: 'error', role: 'alert' }, 'Pick both dates.'));
    if (this.at1.value >= this.at2.value) return void clear(this.out, h('p', { class: 'error', role: 'alert' }, 'The first date must be before the second.'));
    this.store.update({ compareAt1: this.at1.value, compareAt2: this.at2.value, tool: 'compare' });
  }

  setDefaults(from: string | null, to: string | null): void {
    if (!this.at1.value && from) this.at1.value = from.length === 10 ? from : `${from.slice(0, 4)}-01-01`;
    if (!this.at2.value && to) this.at2.value = to.length === 10 ? to : `${to.slice(0, 4)}-12-31`;
  }

  sync(state: ViewState): void {
    if (state.compareAt1) this.at1.value = state.compareAt1;
    if (state.compareAt2) this.at2.value = state.compareAt2;
    if (!state.compareAt1 || !state.compareAt2) clear(this.out);
  }

  showLoading(): void {
    clear(this.out, h('p', { class: 'muted' }, 'Comparing…'));
  }

  showError(message: string): void {
    clear(this.out, h('p', { class: 'error', role: 'alert' }, message));
  }

  showResult(diff: DiffResult): void {
    const rows: [string, number, string][] = [
      ['Ties added', diff.added?.edges?.length ?? 0, DIFF_COLORS.added],
      ['Ties removed', diff.removed?.edges?.length ?? 0, DIFF_COLORS.removed],
      ['Ties strengthened', diff.strengthened?.length ?? 0, DIFF_COLORS.strengthened],
      ['Ties weakened', diff.weakened?.length ?? 0, DIFF_COLORS.weakened],
      ['Countries added', diff.added?.nodes?.length ?? 0, DIFF_COLORS.added],
      ['Countries removed', diff.removed?.nodes?.length ?? 0, DIFF_COLORS.removed],
    ];
    clear(this.out, h('ul', { class: 'diff-summary', id: 'diff-summary' }, rows.map(([label, n, color]) =>
      h('li', {}, h('span', { class: 'dot', style: `background:${color};width:10px;height:10px;border-radius:50%;display:inline-block`, 'aria-hidden': 'true' }), h('span', {}, `${label}: `), h('strong', {}, String(n))))));
  }
}
