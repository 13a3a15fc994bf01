// Tiny element builder. Strings become text nodes, never markup: names and quotes from articles
// are untrusted and must render as text.
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | EventListener | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = String(value);
    // Through the CSSOM: the server's CSP (style-src 'self') rejects style attributes.
    else if (key === 'style') el.style.cssText = String(value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`client: element ${selector} is missing from index.html`);
  return el;
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
/** Status message in the polite live region (screen readers announce it). */
export function announce(message: string, kind: 'info' | 'error' = 'info'): void {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = message;
  region.dataset.kind = kind;
  region.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (region.hidden = true), kind === 'error' ? 9000 : 4000);
}
