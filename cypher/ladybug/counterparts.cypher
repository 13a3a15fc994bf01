// Actors sharing ties with an actor in the window: one TIE per pair and event, so counting
// edges counts events.
MATCH (x:{{Label}} {id: $id})-[t:TIE]-(y)
WHERE t.dateFrom <= date($to) AND t.dateTo >= date($from)
RETURN y.id AS id, sum(CASE WHEN t.relation = 'met' THEN 1 ELSE 0 END) AS meetings, sum(CASE WHEN t.relation = 'pact' THEN 1 ELSE 0 END) AS pacts
ORDER BY meetings DESC, pacts DESC, id
LIMIT $limit
