MATCH (a:{{A}} {id: $a})-[t:TIE]->(b)
WHERE b.id = $b AND t.event = $event
RETURN a.id AS a, b.id AS b, t.event AS event
