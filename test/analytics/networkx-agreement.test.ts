// Cross-implementation check: graphology's PageRank, betweenness and Louvain modularity against
// NetworkX (an independent implementation) on a seeded synthetic tie network. NetworkX runs from
// the project's .venv; without it the suite skips and says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { computeMetrics } from '../../server/analytics/compute-metrics.js';
import { weightedGraphOf } from '../../server/analytics/weighted-graph.js';
import { syntheticNetwork } from '../../server/analytics/synthetic.fixtures.js';

const PYTHON = path.resolve('.venv/bin/python');
const hasNetworkx = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
if (!hasNetworkx) console.warn(`analytics/networkx-agreement: skipped, ${PYTHON} with networkx not found (pip install -r test/python/requirements.txt)`);
const maybe = hasNetworkx ? test : test.skip;

// nx.pagerank needs numpy/scipy; without them NetworkX's own pure-Python power iteration
// (the same algorithm, private name) is used, and the output says which ran.
const SCRIPT = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(n["id"] for n in data["graph"]["nodes"])
for e in data["graph"]["edges"]:
    g.add_edge(e["source"], e["target"], weight=e["weight"])
try:
    import numpy  # noqa: F401
    pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    which = "nx.pagerank"
except ImportError:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    pr = _pagerank_python(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
    which = "_pagerank_python"
bc = nx.betweenness_centrality(g, normalized=True, weight=None)
groups = {}
for node, c in data["communities"].items():
    groups.setdefault(c, set()).add(node)
q = nx.community.modularity(g, groups.values(), weight="weight")
json.dump({"pagerank": pr, "betweenness": bc, "modularity": q, "which": which, "version": nx.__version__}, sys.stdout)
`;

describe('graphology agrees with NetworkX', () => {
  maybe('PageRank within 1e-6, betweenness within 1e-9, Louvain modularity recomputed within 1e-9', async () => {
    const network = syntheticNetwork({ countries: 80, ties: 400, blocs: 5, seed: 11 });
    const ours = await computeMetrics(network);
    const communities = Object.fromEntries(ours.nodes.map((n) => [n.id, n.community]));
    const run = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify({ graph: weightedGraphOf(network), communities }), encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`networkx script failed: ${run.stderr}`);
    const ref = JSON.parse(run.stdout) as { pagerank: Record<string, number>; betweenness: Record<string, number>; modularity: number; which: string; version: string };
    console.info(`analytics/networkx-agreement: NetworkX ${ref.version} (${ref.which}) on ${ours.nodes.length} nodes`);
    let maxPr = 0;
    let maxBc = 0;
    for (const n of ours.nodes) {
      maxPr = Math.max(maxPr, Math.abs(n.pagerank! - ref.pagerank[n.id]));
      maxBc = Math.max(maxBc, Math.abs(n.betweenness! - ref.betweenness[n.id]));
    }
    expect(ours.nodes).toHaveLength(Object.keys(ref.pagerank).length);
    expect(maxPr).toBeLessThan(1e-6);
    expect(maxBc).toBeLessThan(1e-9);
    expect(Math.abs(ours.modularity! - ref.modularity)).toBeLessThan(1e-9);
  });
});
