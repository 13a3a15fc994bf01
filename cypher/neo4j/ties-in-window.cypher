// Derived ties in the window, aggregated per actor pair and relation: kinds, event count,
// first and last known day (an open pact end counts as its start), event ids newest first.
MATCH (a)-[t:TIE]->(b)
WHERE t.relation IN $relations
  AND t.dateFrom <= date($to) AND t.dateTo >= date($from)
  AND (t.relation <> 'met' OR $meetingKinds IS NULL OR t.kind IN $meetingKinds)
  AND (t.relation <> 'pact' OR $pactKinds IS NULL OR t.kind IN $pactKinds)
WITH a, b, t
ORDER BY t.dateFrom DESC, t.event
WITH a.id AS a, b.id AS b, t.relation AS relation,
  collect(DISTINCT t.kind) AS kinds,
  count(t) AS count,
  min(t.dateFrom) AS firstDate,
  max(CASE WHEN t.dateTo = date($openEnd) THEN t.dateFrom ELSE t.dateTo END) AS lastDate,
  collect(t.event) AS eventIds
RETURN a, b, relation, kinds, count, firstDate, lastDate, eventIds
ORDER BY a, b, relation
