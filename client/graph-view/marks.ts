// Performance entries the graph view leaves, for profiling in the browser's tools and for the
// large-graph benchmark (test/e2e/large-graph.bench.ts), which reads them.
export const MARKS = {
  /** A mark: the first frame drawn after a new base network was added. */
  baseRendered: 'entente:base-rendered',
  /** A mark: a force layout's positions arrived from the worker. */
  layoutComputed: 'entente:layout-computed',
  /** A mark: a force layout's positions about to be applied (once the user is not moving the view). */
  layoutLanded: 'entente:layout-landed',
  /** A measure: a force layout, from its start to its positions applied. */
  forceLayout: 'entente:force-layout',
} as const;
