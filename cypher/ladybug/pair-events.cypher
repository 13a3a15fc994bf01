MATCH (x:{{A}} {id: $a})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)<-[:ATTENDED|PARTY_TO]-(y:{{B}} {id: $b})
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from) AND list_contains($labels, label(e))
RETURN e
ORDER BY e.dateFrom DESC, e.id
SKIP $offset LIMIT $limit
