// Bulk load: one batch of Person -[:REPRESENTS {role, from, to}]-> Country rows (see
// bulk-attended-country.cypher); null from/to stay absent, as on the write path.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (c:Country {id: r.country})
CREATE (p)-[:REPRESENTS {role: r.role, from: r.from, to: r.to}]->(c)
RETURN count(*) AS n
