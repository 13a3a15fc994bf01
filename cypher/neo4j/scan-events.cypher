// One page of every meeting and pact (or only those of $ids when $byIds), in id order after
// $after: each event's day span, kind and the countries and organisations taking part.
CALL () {
  MATCH (e:Meeting) WHERE ($byIds AND e.id IN $ids) OR (NOT $byIds AND e.id > $after) RETURN e
  UNION ALL
  MATCH (e:Pact) WHERE ($byIds AND e.id IN $ids) OR (NOT $byIds AND e.id > $after) RETURN e
}
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id AS id, CASE WHEN e:Meeting THEN 'meeting' ELSE 'pact' END AS type, e.kind AS kind,
  toString(e.dateFrom) AS dateFrom, toString(e.dateTo) AS dateTo, e.dateKnown AS dateKnown,
  [(x)-[:ATTENDED|PARTY_TO]->(e) WHERE x:Country OR x:Organization | x.id] AS actors
