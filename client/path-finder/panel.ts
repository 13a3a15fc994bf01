// Path finder: two endpoints (countries or persons), shortest / all shortest / k shortest,
// relation types; the time window is the slider's. Results list each hop with its events.
import type { Api } from '../api/client.js';
import type { PathResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import { formatDate, t } from '../i18n/i18n.js';
import { tr } from '../i18n/text.js';
import { attachSearchBox } from '../panels/search-box.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import type { LabelOf } from '../panels/event-card.js';

export class PathFinderPanel {
  private readonly source: HTMLInputElement;
  private readonly target: HTMLInputElement;
  private readonly mode: HTMLSelectElement;
  private readonly k: HTMLInputElement;
  private readonly met: HTMLInputElement;
  private readonly pact: HTMLInputElement;
  private readonly results: HTMLElement;
  private readonly error: HTMLElement;

  constructor(root: HTMLElement, api: Api, private readonly store: Store, private readonly labelOf: LabelOf, lang: () => string) {
    const sourceList = h('ul', { id: 'path-source-list', class: 'suggestions', role: 'listbox', hidden: true });
    const targetList = h('ul', { id: 'path-target-list', class: 'suggestions', role: 'listbox', hidden: true });
    this.source = h('input', { type: 'search', id: 'path-source', placeholder: t('path.placeholder'), 'data-i18n-attr': 'placeholder:path.placeholder', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'path-source-list', autocomplete: 'off' });
    this.target = h('input', { type: 'search', id: 'path-target', placeholder: t('path.placeholder'), 'data-i18n-attr': 'placeholder:path.placeholder', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'path-target-list', autocomplete: 'off' });
    this.mode = h('select', { id: 'path-mode' },
      h('option', { value: 'shortest', 'data-i18n': 'path.shortest' }, t('path.shortest')),
      h('option', { value: 'all', 'data-i18n': 'path.all' }, t('path.all')),
      h('option', { value: 'k', 'data-i18n': 'path.k' }, t('path.k')));
    this.k = h('input', { type: 'number', id: 'path-k', min: '1', max: '10', value: '3' });
    this.met = h('input', { type: 'checkbox', checked: true });
    this.pact = h('input', { type: 'checkbox', checked: true });
    this.error = h('p', { class: 'error', role: 'alert' });
    this.results = h('div', { id: 'path-results', 'aria-live': 'polite' });
    const kinds = ['country', 'person', 'organization'];
    attachSearchBox({ api, input: this.source, list: sourceList, onPick: () => {}, kinds, lang });
    attachSearchBox({ api, input: this.target, list: targetList, onPick: () => {}, kinds, lang });
    root.append(
      h('h2', {}, tr('path.title')),
      h('p', { class: 'hint' }, tr('path.hint')),
      h('label', { class: 'field search', for: 'path-source' }, tr('path.from'), this.source, sourceList),
      h('label', { class: 'field search', for: 'path-target' }, tr('path.to'), this.target, targetList),
      h('div', { class: 'grid-2' },
        h('label', { class: 'field', for: 'path-mode' }, tr('path.paths'), this.mode),
        h('label', { class: 'field', for: 'path-k' }, h('span', {}, 'k'), this.k)),
      h('fieldset', {}, h('legend', {}, tr('path.through')), h('div', { class: 'checks' }, h('label', {}, this.met, tr('filters.relation.met')), h('label', {}, this.pact, tr('filters.relation.pact')))),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'primary', id: 'path-find', onclick: () => this.find() }, tr('path.find')),
        h('button', { type: 'button', class: 'ghost', onclick: () => this.store.update({ pathSource: undefined, pathTarget: undefined }) }, tr('common.clear'))),
      this.error,
      this.results,
    );
    this.mode.addEventListener('change', () => (this.k.disabled = this.mode.value !== 'k'));
  }

  setEndpoint(which: 'source' | 'target', id: string): void {
    const input = which === 'source' ? this.source : this.target;
    input.value = this.labelOf(id);
    input.dataset.id = id;
  }

  private find() {
    const source = this.source.dataset.id;
    const target = this.target.dataset.id;
    if (!source || !target) {
      this.error.textContent = t(!source ? 'path.pickSource' : 'path.pickTarget');
      return;
    }
    const relations = [this.met.checked && 'met', this.pact.checked && 'pact'].filter(Boolean) as ('met' | 'pact')[];
    if (!relations.length) {
      this.error.textContent = t('path.pickRelation');
      return;
    }
    this.error.textContent = '';
    this.store.update({ pathSource: source, pathTarget: target, pathMode: this.mode.value as ViewState['pathMode'], pathK: Number(this.k.value) || 3, pathRelations: relations, tool: 'path' });
  }

  sync(state: ViewState): void {
    if (state.pathSource && this.source.dataset.id !== state.pathSource) this.setEndpoint('source', state.pathSource);
    if (state.pathTarget && this.target.dataset.id !== state.pathTarget) this.setEndpoint('target', state.pathTarget);
    this.mode.value = state.pathMode;
    this.k.value = String(state.pathK);
    this.k.disabled = state.pathMode !== 'k';
    this.met.checked = state.pathRelations.includes('met');
    this.pact.checked = state.pathRelations.includes('pact');
    if (!state.pathSource || !state.pathTarget) clear(this.results);
  }

  showLoading(): void {
    clear(this.results, h('p', { class: 'muted' }, t('path.searching')));
  }

  showError(message: string): void {
    clear(this.results, h('p', { class: 'error', role: 'alert' }, message));
  }

  showResult(result: PathResult): void {
    if (!result.paths.length) {
      clear(this.results, h('div', { class: 'empty-note', role: 'status' }, h('p', {}, h('strong', {}, t('path.none'))), h('p', { class: 'hint' }, t('path.noneHint'))));
      return;
    }
    clear(this.results,
      h('p', {}, `${t('path.found', { count: result.paths.length })} ${t('path.hops', { count: result.paths[0].hops.length })}`),
      h('ol', { class: 'path-list' }, result.paths.map((path, i) =>
        h('li', { class: 'path-card' },
          h('strong', {}, `${t('path.number', { n: i + 1 })} `, path.nodes.map(this.labelOf).join(' → ')),
          h('ol', {}, path.hops.map((hop) =>
            h('li', {},
              `${this.labelOf(hop.source)} → ${this.labelOf(hop.target)}`,
              h('ul', { class: 'hop-events' }, hop.events.slice(0, 4).map((ev) =>
                h('li', {}, `${ev.date ? formatDate(ev.date) : t('event.undated')} · ${t(`eventType.${ev.type}`)} · ${t(`${ev.type === 'pact' ? 'pactKind' : 'meetingKind'}.${ev.kind}`)}${ev.title ? ` · ${ev.title}` : ''}`,
                  hopQuote(ev) ? h('blockquote', {}, hopQuote(ev)!) : null)),
                hop.events.length > 4 ? h('li', {}, t('path.more', { count: hop.events.length - 4 })) : null))))))));
  }
}

function hopQuote(ev: PathResult['paths'][number]['hops'][number]['events'][number]): string | undefined {
  const evidence = Array.isArray(ev.evidence) ? ev.evidence[0] : ev.evidence;
  return ev.quote ?? evidence?.quote ?? undefined;
}
