// One breadth-first layer of the all-shortest-paths search: the distinct actors joined to the
// frontier by a TIE that passes the window, relation and kind filters, other than $seen.
UNWIND $frontier AS id
OPTIONAL MATCH (c:Country {id: id})
OPTIONAL MATCH (o:Organization {id: id})
WITH coalesce(c, o) AS a
WHERE a IS NOT NULL
MATCH (a)-[t:TIE]-(b)
WHERE NOT b.id IN $seen
  AND t.relation IN $relations
  AND t.dateFrom <= date($to) AND t.dateTo >= date($from)
  AND (t.relation <> 'met' OR $meetingKinds IS NULL OR t.kind IN $meetingKinds)
  AND (t.relation <> 'pact' OR $pactKinds IS NULL OR t.kind IN $pactKinds)
RETURN DISTINCT a.id AS a, b.id AS b
