MATCH (x:{{Label}} {id: $first})-[:PARTY_TO]->(p:Pact)
RETURN p.id AS id, p.kind AS kind, p.names AS names, p.date AS date, p.participants AS parties, p.dateFrom AS dateFrom, p.dateTo AS dateTo
