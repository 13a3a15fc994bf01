// First visit: a short introduction naming the main views, dismissed once and remembered.
import { clear, h } from '../dom.js';
import { t } from '../i18n/i18n.js';

const KEY = 'entente.intro.dismissed';

function dismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function renderIntro(root: HTMLElement): void {
  if (dismissed()) return void (root.hidden = true);
  root.hidden = false;
  clear(root,
    h('h2', { id: 'intro-title' }, t('intro.title')),
    h('ul', {},
      h('li', {}, h('strong', {}, t('intro.graphName')), ' ', t('intro.graph')),
      h('li', {}, h('strong', {}, t('intro.timeName')), ' ', t('intro.time')),
      h('li', {}, h('strong', {}, t('intro.toolsName')), ' ', t('intro.tools')),
      h('li', {}, h('strong', {}, t('intro.helpName')), ' ', t('intro.help'))),
    h('button', { type: 'button', id: 'intro-dismiss', class: 'ghost', onclick: () => {
      try {
        localStorage.setItem(KEY, '1');
      } catch {
        /* not remembered in private mode */
      }
      root.hidden = true;
    } }, t('intro.dismiss')));
}
