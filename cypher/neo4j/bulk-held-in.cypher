// Bulk load: one batch of Meeting -[:HELD_IN]-> Country rows (see bulk-attended-country.cypher).
UNWIND $rows AS r
MATCH (m:Meeting {id: r.meeting})
MATCH (c:Country {id: r.country})
CREATE (m)-[:HELD_IN]->(c)
RETURN count(*) AS n
