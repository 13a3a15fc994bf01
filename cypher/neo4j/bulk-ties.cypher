// Bulk load: one batch of derived Country -[:TIE]-> Country rows, dates as native dates (see
// bulk-attended-country.cypher).
UNWIND $rows AS r
MATCH (a:Country {id: r.a})
MATCH (b:Country {id: r.b})
CREATE (a)-[:TIE {event: r.event, relation: r.relation, kind: r.kind, dateFrom: date(r.dateFrom), dateTo: date(r.dateTo)}]->(b)
RETURN count(*) AS n
