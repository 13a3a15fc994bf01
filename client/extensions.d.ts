// Type declarations for the Cytoscape extensions that ship without them.
declare module 'cytoscape-fcose' {
  const fcose: cytoscape.Ext;
  export default fcose;
}
declare module 'cytoscape-svg' {
  const svg: cytoscape.Ext;
  export default svg;
}
declare namespace cytoscape {
  interface Core {
    svg(options?: { scale?: number; full?: boolean; bg?: string }): string;
  }
}
declare module 'topojson-client' {
  export function feature(topology: unknown, object: unknown): unknown;
}
