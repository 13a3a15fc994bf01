// Events an entity attended or is party to, overlapping [from, to].
MATCH (x:{{Label}} {id: $id})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
RETURN count(*) AS total
