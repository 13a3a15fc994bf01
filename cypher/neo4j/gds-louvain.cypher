// Weighted Louvain communities. Single-threaded, so the same graph gives the same partition
// (GDS Louvain takes no random seed).
CALL gds.louvain.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, communityId
RETURN nodeId, communityId AS score
