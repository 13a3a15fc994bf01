MATCH (x:{{A}} {id: $entity}), (p:Pact {id: $pact})
CREATE (x)-[:PARTY_TO]->(p)
RETURN count(*) AS n
