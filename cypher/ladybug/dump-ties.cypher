MATCH (a)-[t:TIE]->(b) RETURN a.id AS a, b.id AS b, t.event AS event, t.relation AS relation, t.kind AS kind, t.dateFrom AS dateFrom, t.dateTo AS dateTo
