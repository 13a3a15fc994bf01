// Filter controls: relations, event kinds, countries, regions, minimum weight, persons and
// organisations. Controls only write to the store; `sync` puts the state back into them.
import { h } from '../dom.js';
import { t } from '../i18n/i18n.js';
import { tr } from '../i18n/text.js';
import type { Store } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';
import { MEETING_KIND_LIST, PACT_KIND_LIST, REGION_LIST } from '../graph-view/vocabulary.js';

type ListField = 'relations' | 'meetingKinds' | 'pactKinds' | 'regions';

/** `prefix` names the catalogue group of the values (relation.met, pactKind.mou…). */
function checkGroup(legend: string, field: ListField, values: readonly string[], prefix: string, hint?: string) {
  return h('fieldset', { 'data-field': field },
    h('legend', {}, tr(legend)),
    h('div', { class: 'checks' }, values.map((v) => h('label', {}, h('input', { type: 'checkbox', value: v, name: field }), tr(`${prefix}.${v}`)))),
    hint ? h('p', { class: 'hint' }, tr(hint)) : null);
}

export class FiltersPanel {
  private readonly countries: HTMLInputElement;
  private readonly weight: HTMLInputElement;
  private readonly persons: HTMLInputElement;
  private readonly orgs: HTMLInputElement;
  private readonly countryError: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly store: Store) {
    this.countries = h('input', { type: 'text', id: 'filter-countries', placeholder: t('filters.countriesPlaceholder'), 'data-i18n-attr': 'placeholder:filters.countriesPlaceholder', autocomplete: 'off', 'aria-describedby': 'filter-countries-hint' });
    this.countryError = h('p', { class: 'hint', id: 'filter-countries-hint' }, t('filters.countriesHint'));
    this.weight = h('input', { type: 'number', id: 'filter-weight', min: '1', max: '1000', step: '1', value: '1' });
    this.persons = h('input', { type: 'checkbox', id: 'filter-persons' });
    this.orgs = h('input', { type: 'checkbox', id: 'filter-orgs' });
    root.append(
      h('h2', {}, tr('filters.title')),
      checkGroup('filters.relations', 'relations', ['met', 'pact'], 'filters.relation'),
      checkGroup('filters.meetingKinds', 'meetingKinds', MEETING_KIND_LIST, 'meetingKind', 'filters.allKinds'),
      checkGroup('filters.pactKinds', 'pactKinds', PACT_KIND_LIST, 'pactKind', 'filters.allKinds'),
      checkGroup('filters.regions', 'regions', REGION_LIST.filter((r) => r !== 'Antarctic'), 'region', 'filters.allRegions'),
      h('label', { class: 'field', for: 'filter-countries' }, tr('filters.countries'), this.countries, this.countryError),
      h('label', { class: 'field', for: 'filter-weight' }, tr('filters.minWeight'), this.weight),
      h('fieldset', {}, h('legend', {}, tr('filters.alsoShow')),
        h('div', { class: 'checks' },
          h('label', {}, this.persons, tr('filters.persons')),
          h('label', {}, this.orgs, tr('filters.organizations')))),
      h('button', { type: 'button', class: 'ghost', onclick: () => this.reset() }, tr('filters.reset')),
    );
    root.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement));
    this.countries.addEventListener('keydown', (e) => e.key === 'Enter' && this.onChange(this.countries));
  }

  private onChange(target: HTMLInputElement) {
    const fieldset = target.closest('fieldset[data-field]') as HTMLElement | null;
    if (fieldset) {
      const field = fieldset.dataset.field as ListField;
      const values = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      this.store.update({ [field]: values } as Partial<ViewState>);
    } else if (target === this.countries) {
      const codes = this.countries.value.split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
      const bad = codes.filter((c) => !/^[A-Z]{2}$/.test(c));
      this.countryError.textContent = bad.length ? t('filters.badCodes', { codes: bad.join(', ') }) : t('filters.countriesHint');
      this.countryError.classList.toggle('error', bad.length > 0);
      if (!bad.length) this.store.update({ countries: codes });
    } else if (target === this.weight) {
      const w = Math.max(1, Math.floor(Number(this.weight.value) || 1));
      this.store.update({ minWeight: w });
    } else if (target === this.persons) this.store.update({ persons: this.persons.checked });
    else if (target === this.orgs) this.store.update({ organizations: this.orgs.checked });
  }

  private reset() {
    this.store.update({ relations: ['met', 'pact'], meetingKinds: [], pactKinds: [], regions: [], countries: [], minWeight: 1, persons: false, organizations: true });
  }

  sync(state: ViewState): void {
    for (const fieldset of this.root.querySelectorAll<HTMLElement>('fieldset[data-field]')) {
      const values = state[fieldset.dataset.field as ListField] as readonly string[];
      fieldset.querySelectorAll<HTMLInputElement>('input').forEach((i) => (i.checked = values.includes(i.value)));
    }
    if (document.activeElement !== this.countries) this.countries.value = state.countries.join(', ');
    this.weight.value = String(state.minWeight);
    this.persons.checked = state.persons;
    this.orgs.checked = state.organizations;
  }
}
