// Summed tie weights (events) of every node.
CALL gds.degree.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, score
RETURN nodeId, score
