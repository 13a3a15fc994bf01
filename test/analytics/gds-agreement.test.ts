// Cross-implementation agreement: the metrics Neo4j's Graph Data Science library computes inside
// the database (through the Neo4j adapter's algorithms()) against the in-process graphology
// implementation, on graphs with known answers, the seed graph and a 10,000-event synthetic
// world. Both score the same weighted graph. Needs the Neo4j that test/neo4j/start.sh starts (it
// carries Open GDS) or NEO4J_URI naming a server with GDS; otherwise it skips and says why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeMetrics } from '../../server/analytics/compute-metrics.js';
import { graphologyImplementation } from '../../server/analytics/implementations/graphology.js';
import { implementationsFor } from '../../server/analytics/implementations/registry.js';
import type { MetricsImplementation } from '../../server/analytics/implementations/types.js';
import { path as pathGraph, star, twoCliquesWithBridge, networkOf as tieNetwork } from '../../server/analytics/test-graphs.fixtures.js';
import type { MetricsResult } from '../../server/analytics/types.js';
import { runGenerate } from '../../server/cli/generate.js';
import { NetworkQuery, type Network } from '../../server/domain/network/schema.js';
import { loadPath } from '../../server/ingest/load.js';
import { networkOf } from '../../server/network/network-of.js';
import { bulkLoadCsv, openStore } from '../../server/store/index.js';
import { neo4jOptionsFromEnv } from '../../server/store/neo4j/config.js';
import { openNeo4jStore, type Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { neo4jTestEnv } from '../store/neo4j-env.fixtures.js';

/** The stated tolerances (README, analytics section). */
const TOLERANCE = { pagerank: 1e-6, betweenness: 1e-9, modularity: 0.01 };

const env = neo4jTestEnv();
const options = env ? neo4jOptionsFromEnv(env) : null;
let neo4jStore: Neo4jStore | null = null;
let gds: MetricsImplementation | null = null;
let skipReason = options ? '' : 'no Neo4j (set NEO4J_URI or run test/neo4j/start.sh)';

beforeAll(async () => {
  if (!options) return;
  neo4jStore = openNeo4jStore(options);
  try {
    await neo4jStore.init();
    const registry = await implementationsFor(neo4jStore);
    gds = registry.find((i) => i.id === 'neo4j-gds') ?? null;
    if (!gds) skipReason = `${neo4jStore.info.engine} at ${neo4jStore.info.location} has no Graph Data Science library`;
  } catch (err) {
    skipReason = `Neo4j did not answer: ${(err as Error).message}`;
  }
  if (skipReason) console.warn(`analytics/gds-agreement skipped: ${skipReason}`);
  else console.info(`analytics/gds-agreement: ${gds!.description}`);
}, 60_000);

afterAll(async () => {
  await neo4jStore?.close();
});

const both = async (network: Pick<Network, 'nodes' | 'edges' | 'window'>, metrics?: Parameters<typeof computeMetrics>[1]) => {
  const registry = [gds!, graphologyImplementation];
  const [viaGds, viaGraphology] = await Promise.all([
    computeMetrics(network, { ...metrics, registry, implementation: 'neo4j-gds' }),
    computeMetrics(network, { ...metrics, registry, implementation: 'graphology' }),
  ]);
  return { viaGds, viaGraphology };
};

interface Gaps { nodes: number; degree: number; weightedDegree: number; pagerank: number; betweenness: number; modularity: number; gdsModularity: number; graphologyModularity: number; sameCommunities: boolean }

function gaps(a: MetricsResult, b: MetricsResult): Gaps {
  const byId = new Map(b.nodes.map((n) => [n.id, n]));
  const g: Gaps = { nodes: a.nodes.length, degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0, modularity: Math.abs(a.modularity! - b.modularity!), gdsModularity: a.modularity!, graphologyModularity: b.modularity!, sameCommunities: true };
  for (const n of a.nodes) {
    const m = byId.get(n.id)!;
    for (const k of ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const) g[k] = Math.max(g[k], Math.abs(n[k]! - m[k]!));
    if (n.community !== m.community) g.sameCommunities = false;
  }
  return g;
}

function expectAgreement(label: string, g: Gaps, nodes: number) {
  console.info(`analytics/gds-agreement ${label}: ${nodes} nodes; max |Δ| degree ${g.degree}, weighted degree ${g.weightedDegree}, PageRank ${g.pagerank.toExponential(2)}, betweenness ${g.betweenness.toExponential(2)}; modularity GDS ${g.gdsModularity.toFixed(4)} vs graphology ${g.graphologyModularity.toFixed(4)}; same communities: ${g.sameCommunities}`);
  expect(g.nodes).toBe(nodes);
  expect(g.degree).toBe(0);
  expect(g.weightedDegree).toBe(0);
  expect(g.pagerank).toBeLessThan(TOLERANCE.pagerank);
  expect(g.betweenness).toBeLessThan(TOLERANCE.betweenness);
  expect(g.modularity).toBeLessThan(TOLERANCE.modularity);
}

const maybe = (name: string, fn: () => Promise<void>, timeout?: number) => it(name, async () => {
  if (skipReason) return;
  await fn();
}, timeout);

describe('Neo4j GDS agrees with graphology', () => {
  maybe('on graphs with known answers: a star, a path, two cliques joined by a bridge', async () => {
    const s = await both(tieNetwork(star(6)));
    const centre = s.viaGds.nodes.find((n) => n.id === 'country:AA')!;
    expect(s.viaGds.implementation).toBe('neo4j-gds');
    expect(centre.betweenness).toBeCloseTo(1, 12);
    expect(centre.degree).toBe(5);
    expect(s.viaGds.nodes.filter((n) => n.id !== centre.id).every((n) => n.betweenness === 0)).toBe(true);

    // On a path of 5 the middle node lies between 4 of the 6 pairs it is not part of.
    const p = await both(tieNetwork(pathGraph(5)));
    expect(p.viaGds.nodes.map((n) => n.betweenness)).toEqual([0, 0.5, 4 / 6, 0.5, 0].map((v) => expect.closeTo(v, 12)));

    const cliques = await both(tieNetwork(twoCliquesWithBridge(5)));
    expect(cliques.viaGds.communities.map((c) => c.size)).toEqual([5, 5]);
    expect(cliques.viaGds.communities.map((c) => c.members)).toEqual(cliques.viaGraphology.communities.map((c) => c.members));
    for (const r of [s, p, cliques]) expectAgreement('known graph', gaps(r.viaGds, r.viaGraphology), r.viaGraphology.nodes.length);
  });

  maybe('on an isolated actor (a network filtered to one country keeps actors without ties)', async () => {
    const network = tieNetwork(star(4));
    network.nodes.push({ data: { id: 'country:ZZ', kind: 'country', label: 'ZZ', weight: 0 } });
    const { viaGds, viaGraphology } = await both(network);
    const lone = viaGds.nodes.find((n) => n.id === 'country:ZZ')!;
    expect(lone).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    expect(viaGds.communities).toHaveLength(viaGraphology.communities.length);
  });

  maybe('on the seed graph, and the API prefers GDS when the store has it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-gds-seeds-'));
    const store = await openStore({ dataDir: dir, neo4j: null });
    try {
      await loadPath(store, path.resolve('seeds'));
      const network = await networkOf(store, NetworkQuery.parse({ eventIdsPerEdge: '0' }));
      expect(network.edges.length).toBeGreaterThan(5);
      const { viaGds, viaGraphology } = await both(network);
      expectAgreement('seeds', gaps(viaGds, viaGraphology), viaGraphology.nodes.length);

      // The seed graph read from the embedded store, the algorithms from Neo4j: the other suites
      // empty the shared Neo4j database while they run, so the graph cannot live there.
      const withGds = new Proxy(store, {
        get: (target, key) => (key === 'algorithms' ? () => neo4jStore!.algorithms() : Reflect.get(target, key, target)),
      }) as GraphStore;
      const app = createApp({ store: withGds });
      const byDefault = await request(app).get('/api/analytics/metrics').expect(200);
      expect(byDefault.body.implementation).toBe('neo4j-gds');
      expect(byDefault.body.nodes.map((n: { id: string; pagerank: number }) => [n.id, n.pagerank]))
        .toEqual(viaGds.nodes.map((n) => [n.id, expect.closeTo(n.pagerank!, 12)]));
      const asked = await request(app).get('/api/analytics/metrics?implementation=graphology').expect(200);
      expect(asked.body.implementation).toBe('graphology');
      // GDS Louvain has no resolution parameter: another resolution runs where there is one.
      const resolution = await request(app).get('/api/analytics/metrics?resolution=1.5').expect(200);
      expect(resolution.body.implementation).toBe('graphology');
      const refused = await request(app).get('/api/analytics/metrics?implementation=neo4j-gds&resolution=1.5').expect(422);
      expect(refused.body.detail).toMatch(/neo4j-gds" cannot run with resolution 1.5/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  maybe('on a 10,000-event synthetic world (one year and all 30 years)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'entente-gds-world-'));
    try {
      expect(await runGenerate(['--seed', '7', '--meetings', '9500', '--pacts', '500', '--persons', '2000', '--out', path.join(dir, 'world')])).toBe(0);
      const dataDir = path.join(dir, 'db');
      await bulkLoadCsv({ dataDir, neo4j: null }, path.join(dir, 'world', 'csv'));
      const store = await openStore({ dataDir, neo4j: null });
      try {
        for (const [label, from, to] of [['world 2020', '2020', '2020'], ['world 1995–2024', undefined, undefined]] as const) {
          const network = await networkOf(store, NetworkQuery.parse({ eventIdsPerEdge: '0', ...(from ? { from, to } : {}) }));
          expect(network.nodes.length).toBeGreaterThan(100);
          const { viaGds, viaGraphology } = await both(network);
          expectAgreement(label, gaps(viaGds, viaGraphology), viaGraphology.nodes.length);
        }
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
