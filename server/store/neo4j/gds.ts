// Graph algorithms inside Neo4j through the Graph Data Science library, when the server has it:
// the caller's weighted graph is projected into the GDS catalog under a name of its own (Cypher
// aggregation over parameters, so every engine scores the same input), each requested algorithm
// streams its scores, and the projection is dropped again whatever happens.
import { randomUUID } from 'node:crypto';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { AlgorithmGraph, AlgorithmRequest, AlgorithmResult, StoreAlgorithms } from '../graph-store.js';

type Query = (doing: string, name: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

const num = (v: unknown): number => (neo4j.isInt(v) ? (v as ReturnType<typeof neo4j.int>).toNumber() : Number(v));

/** The GDS version the server answers with, or null when it has no GDS. */
export async function gdsVersion(query: Query): Promise<string | null> {
  try {
    const [record] = await query('asking for the Graph Data Science library', 'gds-version', {});
    return record ? String(record.get('version')) : null;
  } catch {
    // "Unknown function 'gds.version'": the plugin is not installed (or not allowed to run).
    return null;
  }
}

/** One row per pair, plus a row with a null b for each node without a tie. */
export function projectionRows(graph: AlgorithmGraph): { a: number; b: number | null; weight: number | null }[] {
  const tied = new Uint8Array(graph.nodeCount);
  const rows: { a: number; b: number | null; weight: number | null }[] = graph.edges.map((e) => {
    tied[e.a] = 1;
    tied[e.b] = 1;
    return { a: e.a, b: e.b, weight: e.weight };
  });
  for (let i = 0; i < graph.nodeCount; i++) if (!tied[i]) rows.push({ a: i, b: null, weight: null });
  return rows;
}

/** Betweenness of an undirected graph as a share of the (n-1)(n-2)/2 pairs a node could lie between. */
export const normalisedBetweenness = (raw: number, nodeCount: number): number => (nodeCount > 2 ? raw / (((nodeCount - 1) * (nodeCount - 2)) / 2) : 0);

export function gdsAlgorithms(query: Query, version: string): StoreAlgorithms {
  const scores = async (file: string, graphName: string, nodeCount: number): Promise<number[]> => {
    const out = new Array<number>(nodeCount).fill(0);
    for (const r of await query(`running ${file}`, file, { graphName })) out[num(r.get('nodeId'))] = num(r.get('score'));
    return out;
  };
  return {
    id: 'neo4j-gds',
    description: `Neo4j Graph Data Science ${version} inside the database (gds.degree, gds.pageRank, gds.betweenness, gds.louvain; single-threaded)`,
    async run(graph: AlgorithmGraph, request: AlgorithmRequest): Promise<AlgorithmResult> {
      const result: AlgorithmResult = {};
      if (graph.nodeCount === 0) return result;
      const graphName = `entente-${randomUUID()}`;
      await query('projecting the graph into GDS', 'gds-project', { graphName, rows: projectionRows(graph) });
      try {
        if (request.degree) result.degree = await scores('gds-degree', graphName, graph.nodeCount);
        if (request.weightedDegree) result.weightedDegree = await scores('gds-weighted-degree', graphName, graph.nodeCount);
        if (request.pagerank) result.pagerank = await scores('gds-pagerank', graphName, graph.nodeCount);
        if (request.betweenness) result.betweenness = (await scores('gds-betweenness', graphName, graph.nodeCount)).map((v) => normalisedBetweenness(v, graph.nodeCount));
        if (request.communities) result.communities = await scores('gds-louvain', graphName, graph.nodeCount);
      } finally {
        await query('dropping the GDS projection', 'gds-drop', { graphName }).catch(() => undefined);
      }
      return result;
    },
  };
}
