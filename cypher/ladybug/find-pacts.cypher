MATCH (x:{{Label}} {id: $first})-[:PARTY_TO]->(p:Pact)
MATCH (y)-[:PARTY_TO]->(p)
RETURN p.id AS id, p.kind AS kind, p.names AS names, p.date AS date, collect(y.id) AS parties
