MATCH (x)-[:PARTY_TO]->(p:Pact) RETURN x.id AS entity, p.id AS pact
