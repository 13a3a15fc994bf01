// The Export menu: one item per registered format, grouped, with PNG scale and background.
import { announce, clear, h } from '../dom.js';
import type { ExportContext, ExportFormat, ExportOptions } from '../exports/context.js';
import { EXPORTS } from '../exports/registry.js';

export function attachExportMenu(button: HTMLButtonElement, menu: HTMLElement, context: () => Omit<ExportContext, 'options'>): void {
  const options: ExportOptions = { scale: 2, background: 'white' };
  const scale = h('select', { 'aria-label': 'Picture scale', id: 'export-scale' }, [1, 2, 3, 4].map((s) => h('option', { value: String(s), selected: s === options.scale }, `${s}×`)));
  const bg = h('select', { 'aria-label': 'Picture background', id: 'export-background' }, h('option', { value: 'white' }, 'White'), h('option', { value: 'transparent' }, 'Transparent'));
  scale.addEventListener('change', () => (options.scale = Number(scale.value)));
  bg.addEventListener('change', () => (options.background = bg.value as ExportOptions['background']));

  const run = async (format: ExportFormat) => {
    close();
    try {
      announce(`Preparing ${format.label}…`);
      await format.run({ ...context(), options });
      announce(`${format.label} ready.`);
    } catch (error) {
      announce(`${format.label} failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };
  const groups = ['Picture', 'Data', 'Report'] as const;
  clear(menu, groups.map((group) => [
    h('h3', {}, group),
    group === 'Picture' ? h('div', { class: 'png-options' }, 'Scale', scale, 'Background', bg) : null,
    EXPORTS.filter((f) => f.group === group).map((f) =>
      h('button', { type: 'button', role: 'menuitem', 'data-export': f.id, title: f.description, onclick: () => run(f) }, f.label)),
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
