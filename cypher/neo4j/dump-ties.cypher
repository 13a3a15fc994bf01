// Every TIE edge as the write row it came from, for export.
MATCH (a)-[t:TIE]->(b)
RETURN {a: a.id, b: b.id, event: t.event, relation: t.relation, kind: t.kind, dateFrom: toString(t.dateFrom), dateTo: toString(t.dateTo)} AS row
