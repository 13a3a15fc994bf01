// The Export menu: one item per registered format, grouped, with PNG scale and background.
import { announce, clear, h } from '../dom.js';
import type { ExportContext, ExportFormat, ExportOptions } from '../exports/context.js';
import { EXPORTS } from '../exports/registry.js';
import { t } from '../i18n/i18n.js';

/** Catalogue key of a format (ids such as nodes.csv contain a dot, the catalogue's separator). */
const formatKey = (f: ExportFormat) => `exportFormat.${f.id.replace(/\./g, '_')}`;

export function attachExportMenu(button: HTMLButtonElement, menu: HTMLElement, context: () => Omit<ExportContext, 'options'>): void {
  const options: ExportOptions = { scale: 2, background: 'white' };
  const scale = h('select', { 'aria-label': t('export.scale'), 'data-i18n-attr': 'aria-label:export.scale', id: 'export-scale' }, [1, 2, 3, 4].map((s) => h('option', { value: String(s), selected: s === options.scale }, `${s}×`)));
  const bg = h('select', { 'aria-label': t('export.background'), 'data-i18n-attr': 'aria-label:export.background', id: 'export-background' }, h('option', { value: 'white', 'data-i18n': 'export.white' }, t('export.white')), h('option', { value: 'transparent', 'data-i18n': 'export.transparent' }, t('export.transparent')));
  scale.addEventListener('change', () => (options.scale = Number(scale.value)));
  bg.addEventListener('change', () => (options.background = bg.value as ExportOptions['background']));

  const run = async (format: ExportFormat) => {
    close();
    try {
      const label = t(`${formatKey(format)}.label`);
      announce(t('export.preparing', { format: label }));
      await format.run({ ...context(), options });
      announce(t('export.ready', { format: label }));
    } catch (error) {
      announce(t('export.failed', { format: t(`${formatKey(format)}.label`), message: error instanceof Error ? error.message : String(error) }), 'error');
    }
  };
  const groups = ['Picture', 'Data', 'Report'] as const;
  clear(menu, groups.map((group) => [
    h('h3', { 'data-i18n': `export.group.${group}` }, t(`export.group.${group}`)),
    group === 'Picture' ? h('div', { class: 'png-options' }, h('span', { 'data-i18n': 'export.scaleShort' }, t('export.scaleShort')), scale, h('span', { 'data-i18n': 'export.backgroundShort' }, t('export.backgroundShort')), bg) : null,
    EXPORTS.filter((f) => f.group === group).map((f) =>
      h('button', { type: 'button', role: 'menuitem', 'data-export': f.id, title: t(`${formatKey(f)}.description`), 'data-i18n-attr': `title:${formatKey(f)}.description`, 'data-i18n': `${formatKey(f)}.label`, onclick: () => run(f) }, t(`${formatKey(f)}.label`))),
  ]));

  const items = () => [...menu.querySelectorAll<HTMLElement>('[role=menuitem], select')];
  const open = () => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    items()[0]?.focus();
  };
  function close() {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => (menu.hidden ? open() : close()));
  menu.addEventListener('keydown', (e) => {
    const list = items();
    const i = list.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') close(), button.focus();
    else if (e.key === 'ArrowDown') e.preventDefault(), list[(i + 1) % list.length]?.focus();
    else if (e.key === 'ArrowUp') e.preventDefault(), list[(i - 1 + list.length) % list.length]?.focus();
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close();
  });
}
