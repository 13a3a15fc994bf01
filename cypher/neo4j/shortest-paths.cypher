// One shortest path between two actors over TIE edges in the window, of the given relations
// and kinds; ids along the path. The hop bound in the pattern is the adapter's maximum (30): a
// pattern length cannot be a parameter, so $maxHops filters after.
OPTIONAL MATCH (cs:Country {id: $source})
OPTIONAL MATCH (os:Organization {id: $source})
OPTIONAL MATCH (ct:Country {id: $target})
OPTIONAL MATCH (ot:Organization {id: $target})
WITH coalesce(cs, os) AS s, coalesce(ct, ot) AS t
WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
MATCH p = shortestPath((s)-[:TIE*1..30]-(t))
WHERE all(r IN relationships(p) WHERE r.relation IN $relations
  AND r.dateFrom <= date($to) AND r.dateTo >= date($from)
  AND (r.relation <> 'met' OR $meetingKinds IS NULL OR r.kind IN $meetingKinds)
  AND (r.relation <> 'pact' OR $pactKinds IS NULL OR r.kind IN $pactKinds))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS ids
