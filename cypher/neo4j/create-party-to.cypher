// country|organization -[:PARTY_TO]-> pact, created only when missing. Returns the rows whose
// endpoints are missing.
UNWIND $rows AS r
OPTIONAL MATCH (k:Pact {id: r.pact})
OPTIONAL MATCH (c:Country {id: r.entity})
OPTIONAL MATCH (o:Organization {id: r.entity})
WITH r, k, coalesce(c, o) AS e
FOREACH (_ IN CASE WHEN k IS NOT NULL AND e IS NOT NULL THEN [1] ELSE [] END |
  MERGE (e)-[:PARTY_TO]->(k)
)
WITH r, k, e
WHERE k IS NULL OR e IS NULL
RETURN r.entity AS source, r.pact AS target
