// An accessible combobox over /api/search (names in any script). Used by the top search and
// by the path finder's two endpoints.
import type { Api } from '../api/client.js';
import { describeError, isAbort } from '../api/client.js';
import type { SearchItem, SearchResult } from '../api/types.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n/i18n.js';
let counter = 0;

export interface SearchBoxOptions {
  api: Api;
  input: HTMLInputElement;
  list: HTMLUListElement;
  onPick: (item: SearchItem) => void;
  kinds?: string[];
  lang?: () => string;
}

export function attachSearchBox({ api, input, list, onPick, kinds, lang }: SearchBoxOptions): void {
  const channel = `search-${++counter}`;
  let items: SearchItem[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const labelOf = (item: SearchItem) => item.names?.[lang?.() ?? 'en'] || item.label;
  const pick = (item: SearchItem) => {
    input.value = labelOf(item);
    input.dataset.id = item.id;
    close();
    onPick(item);
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index] as HTMLElement | undefined;
    if (li) input.setAttribute('aria-activedescendant', li.id), li.scrollIntoView({ block: 'nearest' });
  };
  const render = () => {
    clear(
      list,
      items.length
        ? items.map((item, i) =>
            h('li', { id: `${channel}-opt-${i}`, role: 'option', 'aria-selected': 'false', onmousedown: (e: Event) => (e.preventDefault(), pick(item)) },
              h('span', {}, labelOf(item), item.matched && item.matched !== labelOf(item) ? h('span', { class: 'kind' }, ` · ${item.matched}`) : null),
              h('span', { class: 'kind' }, t(`kind.${item.kind}`))))
        : h('li', { role: 'option', 'aria-disabled': 'true', class: 'muted' }, t('search.none', { query: input.value.trim() })),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const query = async () => {
    const q = input.value.trim();
    delete input.dataset.id;
    if (!q) return close();
    try {
      const result = await api.get<SearchResult>('/api/search', { q, limit: 10 }, channel);
      items = (result.items ?? []).filter((i) => !kinds || kinds.includes(i.kind));
      active = -1;
      render();
    } catch (error) {
      if (isAbort(error)) return;
      items = [];
      clear(list, h('li', { class: 'error' }, describeError(error)));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(query, 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) (e.preventDefault(), list.hidden ? render() : highlight(Math.min(active + 1, items.length - 1)));
    else if (e.key === 'ArrowUp' && items.length) (e.preventDefault(), highlight(Math.max(active - 1, 0)));
    else if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      if (active >= 0 && items[active]) pick(items[active]);
      else if (items.length && !list.hidden) pick(items[0]);
      else void query();
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
