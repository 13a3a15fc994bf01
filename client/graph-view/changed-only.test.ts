import cytoscape from 'cytoscape';
import { setClass, setData } from './changed-only.js';

const made: cytoscape.Core[] = [];
// Headless Cytoscape keeps an animation timer running until it is destroyed.
afterEach(() => made.splice(0).forEach((cy) => cy.destroy()));

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a', size: 10, activitySize: 10 } }, { data: { id: 'b', size: 5 } }, { data: { id: 'e', source: 'a', target: 'b', width: 2 } }] });
  made.push(cy);
  const events: string[] = [];
  cy.on('data style class', (e) => void events.push(`${e.type}:${e.target.id()}`));
  return { cy, events };
}

describe('updates that change nothing leave the element alone', () => {
  test('setData with the values an element has emits nothing; a changed field is set alone', () => {
    const { cy, events } = graph();
    setData(cy.$id('a'), { size: 10, activitySize: 10 });
    setData(cy.$id('e'), { width: 2 });
    expect(events).toEqual([]);
    setData(cy.$id('a'), { size: 12, activitySize: 10 });
    expect(cy.$id('a').data()).toMatchObject({ size: 12, activitySize: 10 });
    expect(events.filter((e) => e.startsWith('data:'))).toEqual(['data:a']);
    // What the plain call does with the same value: the event (and restyle) these helpers avoid.
    events.length = 0;
    cy.$id('b').data({ size: 5 });
    expect(events).toContain('data:b');
  });

  test('setClass toggles only an element whose state differs', () => {
    const { cy, events } = graph();
    setClass(cy.$id('a'), 'out-window', false);
    expect(events).toEqual([]);
    setClass(cy.$id('a'), 'out-window', true);
    setClass(cy.$id('a'), 'out-window', true);
    expect(cy.$id('a').hasClass('out-window')).toBe(true);
    expect(events.filter((e) => e.startsWith('class:'))).toEqual(['class:a']);
  });
});
