// Weighted PageRank, damping 0.85, scaled to sum 1 (L1Norm) as the in-process implementation
// reports it; the same tolerance and iteration ceiling.
CALL gds.pageRank.stream($graphName, {
  relationshipWeightProperty: 'weight', dampingFactor: 0.85, tolerance: 1e-9, maxIterations: 1000,
  scaler: 'L1Norm', concurrency: 1
})
YIELD nodeId, score
RETURN nodeId, score
