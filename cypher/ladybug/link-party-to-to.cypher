// The edges from countries or organisations to one pact found by primary key, in one statement
// (see link-attended-to).
MATCH (p:Pact {id: $pact})
UNWIND $rows AS r
MATCH (x:{{A}} {id: r.entity})
CREATE (x)-[:PARTY_TO]->(p)
RETURN count(*) AS n
