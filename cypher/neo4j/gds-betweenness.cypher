// Shortest-path betweenness in hops (no weight property: weights count events, not distance),
// exact (no sampling); the adapter normalises it.
CALL gds.betweenness.stream($graphName, {concurrency: 1})
YIELD nodeId, score
RETURN nodeId, score
