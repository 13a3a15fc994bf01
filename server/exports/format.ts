// What an export format is: one file per format, listed in registry.ts.
import type { Network } from '../domain/network/schema.js';
import type { GraphStore } from '../store/graph-store.js';

export interface ExportInput {
  /** Which view produced the network: network, ego, path or snapshot. */
  view: string;
  network: Network;
  /** Only formats that need more than the network (interchange JSON) read from it. */
  store?: GraphStore;
}

export interface ExportFormat {
  id: string;
  extension: string;
  contentType: string;
  description: string;
  write(input: ExportInput): string | Promise<string>;
}
