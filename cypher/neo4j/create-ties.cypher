// Derived actor -[:TIE]-> actor edge per event (a < b, country or organization), keyed by the
// event id; dates as native dates. Returns the rows whose endpoints are missing.
UNWIND $rows AS r
OPTIONAL MATCH (ca:Country {id: r.a})
OPTIONAL MATCH (oa:Organization {id: r.a})
OPTIONAL MATCH (cb:Country {id: r.b})
OPTIONAL MATCH (ob:Organization {id: r.b})
WITH r, coalesce(ca, oa) AS a, coalesce(cb, ob) AS b
FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
  MERGE (a)-[t:TIE {event: r.event}]->(b)
    ON CREATE SET t.relation = r.relation, t.kind = r.kind, t.dateFrom = date(r.dateFrom), t.dateTo = date(r.dateTo)
)
WITH r, a, b
WHERE a IS NULL OR b IS NULL
RETURN r.a AS source, r.b AS target
