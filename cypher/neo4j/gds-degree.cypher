// Distinct partners of every node (the projection holds one relationship per pair).
CALL gds.degree.stream($graphName, {concurrency: 1})
YIELD nodeId, score
RETURN nodeId, score
