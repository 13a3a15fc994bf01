// meeting|pact -[:REPORTED_IN {start, end, quote, rule}]-> document, keyed by the quoted span.
// Returns the rows whose endpoints are missing.
UNWIND $rows AS r
OPTIONAL MATCH (d:Document {id: r.document})
OPTIONAL MATCH (m:Meeting {id: r.event})
OPTIONAL MATCH (k:Pact {id: r.event})
WITH r, d, coalesce(m, k) AS e
FOREACH (_ IN CASE WHEN d IS NOT NULL AND e IS NOT NULL THEN [1] ELSE [] END |
  MERGE (e)-[x:REPORTED_IN {start: r.start, end: r.end}]->(d)
    ON CREATE SET x.quote = r.quote, x.rule = r.rule
)
WITH r, d, e
WHERE d IS NULL OR e IS NULL
RETURN r.event AS source, r.document AS target
