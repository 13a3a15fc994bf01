// meeting -[:HELD_IN]-> country, created only when missing. Returns the rows whose endpoints
// are missing.
UNWIND $rows AS r
OPTIONAL MATCH (m:Meeting {id: r.meeting})
OPTIONAL MATCH (c:Country {id: r.country})
WITH r, m, c
FOREACH (_ IN CASE WHEN m IS NOT NULL AND c IS NOT NULL THEN [1] ELSE [] END |
  MERGE (m)-[:HELD_IN]->(c)
)
WITH r, m, c
WHERE m IS NULL OR c IS NULL
RETURN r.meeting AS source, r.country AS target
