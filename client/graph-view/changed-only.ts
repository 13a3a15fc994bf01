// Element updates that leave Cytoscape alone when nothing changes. Every data() call restyles its
// element, changed value or not, and a restyle throws away the texture layers the element is drawn
// from: at 12,000 elements the frames after that draw everything one by one (300–800 ms each).
import type { EdgeSingular, NodeSingular } from 'cytoscape';

type Element = NodeSingular | EdgeSingular;

/** Sets the fields whose value differs, in one data() call; none when all are the same. */
export function setData(el: Element, fields: Record<string, unknown>): void {
  const changed = Object.entries(fields).filter(([key, value]) => el.data(key) !== value);
  if (changed.length) el.data(Object.fromEntries(changed));
}

/** Adds or removes a class only when the element's state differs. */
export function setClass(el: Element, name: string, on: boolean): void {
  if (el.hasClass(name) !== on) el.toggleClass(name, on);
}
