// Any request still running after half a second shows a progress note with Cancel, which
// aborts the requests in flight (AbortController in api/client.ts).
import { clear, h } from '../dom.js';
import type { Api } from '../api/client.js';
import { t } from '../i18n/i18n.js';

export const SLOW_MS = 500;

export function attachSlowRequestNotice(root: HTMLElement, api: Api): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  api.onActivity((n) => {
    if (n === 0) {
      clearTimeout(timer);
      timer = undefined;
      root.hidden = true;
      return;
    }
    if (timer || !root.hidden) return;
    timer = setTimeout(() => {
      timer = undefined;
      clear(root,
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        h('span', {}, t('progress.working')),
        h('button', { type: 'button', id: 'cancel-requests', class: 'ghost', onclick: () => api.abortAll() }, t('common.cancel')));
      root.hidden = false;
    }, SLOW_MS);
  });
}
