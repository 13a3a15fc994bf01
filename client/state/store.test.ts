import { Store, changedFields } from './store.js';
import { DEFAULT_STATE } from './view-state.js';

class FakeHistory {
  entries: string[] = [];
  pushState(_: unknown, __: string, url: string) { this.entries.push(`push ${url}`); }
  replaceState(_: unknown, __: string, url: string) { this.entries.push(`replace ${url}`); }
}

describe('store', () => {
  test('update notifies only the changed fields and writes the URL', () => {
    const history = new FakeHistory();
    const store = new Store(DEFAULT_STATE, { search: '', pathname: '/' }, history as unknown as History);
    const seen: string[][] = [];
    store.subscribe((_, changed) => seen.push([...changed]));
    store.update({ lang: 'es' });
    store.update({ from: '2024-01-01' }, 'replace');
    store.update({ lang: 'es' });
    expect(seen).toEqual([['lang'], ['from']]);
    expect(history.entries).toEqual(['push /?lang=es', 'replace /?from=2024-01-01&lang=es']);
  });

  test('restore follows the URL without writing history', () => {
    const history = new FakeHistory();
    const store = new Store(DEFAULT_STATE, { search: '', pathname: '/' }, history as unknown as History);
    store.restore('?layout=geo');
    expect(store.state.layout).toBe('geo');
    expect(history.entries).toEqual([]);
  });

  test('changedFields compares lists by value', () => {
    expect([...changedFields(DEFAULT_STATE, { ...DEFAULT_STATE, relations: ['met', 'pact'] })]).toEqual([]);
    expect([...changedFields(DEFAULT_STATE, { ...DEFAULT_STATE, relations: ['met'] })]).toEqual(['relations']);
  });
});
