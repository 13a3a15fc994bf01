// Which elements the view shows, decided from the state classes rather than Cytoscape's
// ':visible' (whose computed style can lag right after a batch of class changes).
import type cytoscape from 'cytoscape';
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';

const HIDING = ['out-window', 'out-region'];
const FORCING = ['on-path', 'diff-added', 'diff-removed', 'diff-strengthened', 'diff-weakened'];

function shownItself(el: NodeSingular | EdgeSingular): boolean {
  return FORCING.some((c) => el.hasClass(c)) || !HIDING.some((c) => el.hasClass(c));
}

export function shownNodes(cy: Core): NodeSingular[] {
  return cy.nodes().toArray().filter((n) => shownItself(n as NodeSingular)) as NodeSingular[];
}

export function shownEdges(cy: Core): EdgeSingular[] {
  return (cy.edges().toArray() as EdgeSingular[]).filter((e) => shownItself(e) && shownItself(e.source()) && shownItself(e.target()));
}

// cy.collection() takes an array of elements at run time; its type only lists definitions.
const collect = (cy: Core, elements: (NodeSingular | EdgeSingular)[]): Collection => cy.collection(elements as unknown as cytoscape.CollectionArgument);

export function shownCollection(cy: Core): Collection {
  return collect(cy, [...shownNodes(cy), ...shownEdges(cy)]);
}

export function shownEdgeCollection(cy: Core): Collection {
  return collect(cy, shownEdges(cy));
}
