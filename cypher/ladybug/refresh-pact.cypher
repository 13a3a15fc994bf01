MATCH (p:Pact {id: $id})
OPTIONAL MATCH (x)-[:PARTY_TO]->(p)
WITH p, collect(x.id) AS ids
SET p.participants = ids
