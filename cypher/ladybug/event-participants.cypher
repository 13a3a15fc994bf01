MATCH (x)-[:ATTENDED|PARTY_TO]->(e:{{A}} {id: $id})
RETURN x
