MATCH (x)-[:PARTY_TO]->(p:Pact {id: $id})
RETURN x.id AS entity, p.id AS pact
