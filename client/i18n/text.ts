// Static text of panels built once: a span that translateDom() re-translates on a language switch.
import { h } from '../dom.js';
import { t } from './i18n.js';

export function tr(key: string): HTMLSpanElement {
  return h('span', { 'data-i18n': key }, t(key));
}
