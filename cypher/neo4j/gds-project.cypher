// Projects the caller's weighted graph as a named in-memory GDS graph, undirected, through Cypher
// aggregation: one row per pair (node indices a < b, weight), and one row with a null b per node
// that has no tie, so isolated actors are scored too.
UNWIND $rows AS row
WITH gds.graph.project(
  $graphName,
  toInteger(row.a),
  CASE WHEN row.b IS NULL THEN null ELSE toInteger(row.b) END,
  {relationshipProperties: CASE WHEN row.b IS NULL THEN {} ELSE {weight: toFloat(row.weight)} END},
  {undirectedRelationshipTypes: ['*']}
) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
