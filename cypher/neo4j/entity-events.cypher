// Events a country, organization or person attended or is party to, overlapping the window
// [$from, $to], newest first; one page of summaries and the total.
OPTIONAL MATCH (c:Country {id: $id})
OPTIONAL MATCH (o:Organization {id: $id})
OPTIONAL MATCH (p:Person {id: $id})
WITH coalesce(c, o, p) AS x
MATCH (x)-[:ATTENDED|PARTY_TO]->(e)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
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
