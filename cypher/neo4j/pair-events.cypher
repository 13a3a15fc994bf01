// Events both $a and $b attended or are party to (meetings when 'met' is in $relations, pacts
// when 'pact' is), overlapping the window, newest first; one page and the total.
OPTIONAL MATCH (ca:Country {id: $a})
OPTIONAL MATCH (oa:Organization {id: $a})
OPTIONAL MATCH (pa:Person {id: $a})
OPTIONAL MATCH (cb:Country {id: $b})
OPTIONAL MATCH (ob:Organization {id: $b})
OPTIONAL MATCH (pb:Person {id: $b})
WITH coalesce(ca, oa, pa) AS xa, coalesce(cb, ob, pb) AS xb
MATCH (xa)-[:ATTENDED|PARTY_TO]->(e)<-[:ATTENDED|PARTY_TO]-(xb)
WHERE ((e:Meeting AND 'met' IN $relations) OR (e:Pact AND 'pact' IN $relations))
  AND e.dateFrom <= date($to) AND e.dateTo >= date($from)
WITH DISTINCT e
ORDER BY e.dateKnown DESC, e.dateFrom DESC, e.id
WITH collect(e) AS events
RETURN size(events) AS total, [e IN events[$offset..($offset + $limit)] | {
  id: e.id,
  type: CASE WHEN e:Meeting THEN 'meeting' ELSE 'pact' END,
  kind: e.kind, title: e.title, date: e.date, endDate: e.endDate, status: e.status,
  place: head([(e)-[:HELD_IN]->(pl) | pl.id]),
  participants: [(y)-[:ATTENDED|PARTY_TO]->(e) | y.id]
}] AS items
