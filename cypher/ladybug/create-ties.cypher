UNWIND $rows AS r
MATCH (a:{{A}} {id: r.a}), (b:{{B}} {id: r.b})
CREATE (a)-[:TIE {event: r.event, relation: r.relation, kind: r.kind, dateFrom: date(r.dateFrom), dateTo: date(r.dateTo)}]->(b)
RETURN count(*) AS n
