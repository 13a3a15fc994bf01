// The one source of truth for the view: state changes go through `update`, which writes the URL
// (push for deliberate steps so Back undoes them, replace for continuous ones such as dragging
// the slider) and notifies subscribers with the fields that changed.
import { queryToState, stateToQuery } from './url.js';
import type { ViewState } from './view-state.js';

export type HistoryMode = 'push' | 'replace' | 'none';
export type Listener = (state: ViewState, changed: ReadonlySet<keyof ViewState>) => void;

export function changedFields(a: ViewState, b: ViewState): Set<keyof ViewState> {
  const out = new Set<keyof ViewState>();
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ViewState>) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.add(key);
  }
  return out;
}

export class Store {
  private listeners = new Set<Listener>();

  constructor(private current: ViewState, private readonly location?: { search: string; pathname: string }, private readonly history?: History) {}

  get state(): ViewState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(patch: Partial<ViewState>, mode: HistoryMode = 'push'): void {
    const next = queryToState(stateToQuery({ ...this.current, ...patch }));
    this.set(next, mode);
  }

  /** Back/forward: the URL is already right, only the state follows it. */
  restore(search: string): void {
    this.set(queryToState(search), 'none');
  }

  private set(next: ViewState, mode: HistoryMode) {
    const changed = changedFields(this.current, next);
    if (!changed.size) return;
    this.current = next;
    if (mode !== 'none' && this.history && this.location) {
      const url = `${this.location.pathname}${stateToQuery(next)}`;
      if (mode === 'push') this.history.pushState(null, '', url);
      else this.history.replaceState(null, '', url);
    }
    for (const l of this.listeners) l(next, changed);
  }
}
