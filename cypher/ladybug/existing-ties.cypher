// Only asked for ties of events that existed before the batch (a new event has no ties yet).
UNWIND $rows AS r
MATCH (a:{{A}} {id: r.a})-[t:TIE]->(b)
WHERE b.id = r.b AND t.event = r.event
RETURN a.id AS a, b.id AS b, t.event AS event
