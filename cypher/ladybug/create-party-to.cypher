UNWIND $rows AS r
MATCH (x:{{A}} {id: r.entity}), (p:Pact {id: r.pact})
CREATE (x)-[:PARTY_TO]->(p)
RETURN count(*) AS n
