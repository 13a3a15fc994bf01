// Undated events (dated only by the report that mentions them) come after every dated one.
MATCH (x:{{A}} {id: $a})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)<-[:ATTENDED|PARTY_TO]-(y:{{B}} {id: $b})
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from) AND list_contains($labels, label(e))
RETURN e.id AS id, label(e) AS label, e.kind AS kind, e.title AS title, e.date AS date, e.endDate AS endDate, e.status AS status, e.placeId AS place, e.participants AS participants
ORDER BY e.dateKnown DESC, e.dateFrom DESC, e.id
SKIP $offset LIMIT $limit
