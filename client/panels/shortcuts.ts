// Keyboard shortcuts for the whole page and the help dialog that lists them ("?"). Shortcuts are
// ignored while typing in a field, so search text and dates can contain these characters.
import { $, clear, h } from '../dom.js';
import { t } from '../i18n/i18n.js';

export interface ShortcutActions {
  search(): void;
  playPause(): void;
  step(delta: number): void;
  exportMenu(): void;
  help(): void;
}

/** Key → catalogue key of its description; the help dialog is generated from this table. */
export const SHORTCUTS: { keys: string[]; action: string; run: (a: ShortcutActions) => void }[] = [
  { keys: ['/'], action: 'help.search', run: (a) => a.search() },
  { keys: ['p'], action: 'help.play', run: (a) => a.playPause() },
  { keys: ['['], action: 'help.stepBack', run: (a) => a.step(-1) },
  { keys: [']'], action: 'help.stepForward', run: (a) => a.step(1) },
  { keys: ['e'], action: 'help.export', run: (a) => a.exportMenu() },
  { keys: ['?'], action: 'help.help', run: (a) => a.help() },
];

/** Shortcuts that belong to the focused graph (handled in app.ts) are listed too. */
const GRAPH_KEYS = [
  { keys: ['←', '→', '↑', '↓'], action: 'help.pan' },
  { keys: ['+', '−'], action: 'help.zoom' },
  { keys: ['0'], action: 'help.fit' },
  { keys: ['Esc'], action: 'help.escape' },
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function attachShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if ((document.querySelector('dialog[open]') as HTMLDialogElement | null) && e.key !== '?') return;
    const hit = SHORTCUTS.find((s) => s.keys.includes(e.key));
    if (!hit) return;
    e.preventDefault();
    hit.run(actions);
  });
}

export function renderHelp(dialog: HTMLDialogElement): void {
  const row = (keys: string[], action: string) => h('tr', {}, h('td', {}, keys.map((k, i) => [i ? ' ' : '', h('kbd', {}, k)])), h('td', {}, t(action)));
  clear(dialog,
    h('h2', { id: 'help-title' }, t('help.title')),
    h('table', { class: 'data-table', id: 'shortcut-table' },
      h('caption', { class: 'sr-only' }, t('help.title')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('help.keys')), h('th', { scope: 'col' }, t('help.action')))),
      h('tbody', {}, SHORTCUTS.map((s) => row(s.keys, s.action)), GRAPH_KEYS.map((s) => row(s.keys, s.action)))),
    h('p', { class: 'hint' }, t('help.views')),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', id: 'help-close', class: 'primary' }, t('common.close'))));
}

export function openHelp(): void {
  const dialog = $('#help-dialog') as HTMLDialogElement;
  renderHelp(dialog);
  if (!dialog.open) dialog.showModal();
  ($('#help-close') as HTMLButtonElement).focus();
}
