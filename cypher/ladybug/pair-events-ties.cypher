// Events two actors share, read from their TIE edges (no walk through the event nodes).
MATCH (x:{{A}} {id: $a})-[t:TIE]-(y:{{B}} {id: $b})
WHERE t.dateFrom <= date($to) AND t.dateTo >= date($from) AND list_contains($relations, t.relation)
RETURN t.event AS id, t.dateFrom AS dateFrom
