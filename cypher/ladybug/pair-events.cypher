// Events two entities share when one is a person: both attended, or both party to.
MATCH (x:{{A}} {id: $a})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)<-[:ATTENDED|PARTY_TO]-(y:{{B}} {id: $b})
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from) AND list_contains($labels, label(e))
RETURN DISTINCT e.id AS id, e.dateFrom AS dateFrom
