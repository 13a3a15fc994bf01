// Bulk load: one batch of Country -[:PARTY_TO]-> Pact rows (see bulk-attended-country.cypher).
UNWIND $rows AS r
MATCH (x:Country {id: r.entity})
MATCH (k:Pact {id: r.pact})
CREATE (x)-[:PARTY_TO]->(k)
RETURN count(*) AS n
