// Derived actor -[:TIE]-> actor edge per event (a < b, country or organization), keyed by
// (a, b, event); dates as native dates. Returns the rows whose endpoints are missing.
UNWIND $rows AS r
OPTIONAL MATCH (ca:Country {id: r.a})
OPTIONAL MATCH (oa:Organization {id: r.a})
OPTIONAL MATCH (cb:Country {id: r.b})
OPTIONAL MATCH (ob:Organization {id: r.b})
WITH r, coalesce(ca, oa) AS a, coalesce(cb, ob) AS b
// Looked up through the event index, which holds a handful of ties per event: a MERGE between
// two hub countries would scan every tie they share, slowing each batch as the graph grows.
CALL (r, a, b) {
  OPTIONAL MATCH (x)-[t:TIE {event: r.event}]->(y)
  USING INDEX t:TIE(event)
  WHERE x = a AND y = b
  RETURN count(t) AS existing
}
FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL AND existing = 0 THEN [1] ELSE [] END |
  CREATE (a)-[:TIE {event: r.event, relation: r.relation, kind: r.kind, dateFrom: date(r.dateFrom), dateTo: date(r.dateTo)}]->(b)
)
WITH r, a, b
WHERE a IS NULL OR b IS NULL
RETURN r.a AS source, r.b AS target
