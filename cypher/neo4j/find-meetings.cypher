// Meetings overlapping [$dateFrom, $dateTo] whose countries and organizations are exactly
// $actors (anchored on $actors[0]), with the persons who attended.
OPTIONAL MATCH (c:Country {id: $actors[0]})
OPTIONAL MATCH (o:Organization {id: $actors[0]})
WITH coalesce(c, o) AS anchor
// Expanding from the anchor in a subquery keeps the planner off the span index, which would
// scan every meeting before $dateTo.
CALL (anchor) {
  MATCH (anchor)-[:ATTENDED]->(m:Meeting)
  RETURN m
}
WITH m
WHERE m.dateFrom <= date($dateTo) AND m.dateTo >= date($dateFrom)
WITH m,
  [(x)-[:ATTENDED]->(m) WHERE x:Country OR x:Organization | x.id] AS actors,
  [(p:Person)-[:ATTENDED]->(m) | p.id] AS persons
WHERE size(actors) = size($actors) AND all(id IN actors WHERE id IN $actors)
RETURN m.id AS id, persons, toString(m.dateFrom) AS dateFrom, toString(m.dateTo) AS dateTo
ORDER BY id
