MATCH (x:{{Label}} {id: $id})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
RETURN e.id AS id
ORDER BY e.dateFrom DESC, e.id
SKIP $offset LIMIT $limit
