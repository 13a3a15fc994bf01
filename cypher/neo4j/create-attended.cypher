// person|country|organization -[:ATTENDED]-> meeting, created only when missing. Returns the
// rows whose endpoints are missing, so the adapter can roll the whole batch back.
UNWIND $rows AS r
OPTIONAL MATCH (m:Meeting {id: r.meeting})
OPTIONAL MATCH (p:Person {id: r.entity})
OPTIONAL MATCH (c:Country {id: r.entity})
OPTIONAL MATCH (o:Organization {id: r.entity})
WITH r, m, coalesce(p, c, o) AS e
FOREACH (_ IN CASE WHEN m IS NOT NULL AND e IS NOT NULL THEN [1] ELSE [] END |
  MERGE (e)-[a:ATTENDED]->(m)
    ON CREATE SET a.role = r.role
)
WITH r, m, e
WHERE m IS NULL OR e IS NULL
RETURN r.entity AS source, r.meeting AS target
