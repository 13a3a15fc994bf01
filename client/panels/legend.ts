// The legend overlay on the graph, drawn from legendSections (same rows as the report legend).
import { clear, h } from '../dom.js';
import { legendSections, sizeNote } from '../graph-view/legend-data.js';
import { currentLang, t } from '../i18n/i18n.js';

export function renderLegend(root: HTMLElement, options: Parameters<typeof legendSections>[0]): void {
  const collapsed = root.classList.contains('collapsed');
  const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': String(!collapsed), onclick: () => {
    root.classList.toggle('collapsed');
    toggle.setAttribute('aria-expanded', String(!root.classList.contains('collapsed')));
    toggle.textContent = root.classList.contains('collapsed') ? t('legend.show') : t('legend.hide');
  } }, collapsed ? t('legend.show') : t('legend.hide'));
  clear(
    root,
    h('h2', {}, t('legend.title'), toggle),
    legendSections(options).map((section) => [
      h('ul', { 'aria-label': section.title }, section.rows.map((row) =>
        h('li', {},
          row.shape === 'dot'
            ? h('span', { class: 'dot', style: `background:${row.color}`, 'aria-hidden': 'true' })
            : h('span', { class: 'line', style: `border-top:3px ${row.shape === 'dashed' ? 'dashed' : 'solid'} ${row.color}`, 'aria-hidden': 'true' }),
          row.label))),
    ]),
    h('p', { class: 'hint' }, sizeNote(options?.sizeBy), currentLang() === 'en' ? '' : ` ${t('legend.fallback')}`),
  );
}
