// Countries and organizations sharing events with $id in the window, with how many meetings
// and pacts they share.
OPTIONAL MATCH (c:Country {id: $id})
OPTIONAL MATCH (o:Organization {id: $id})
OPTIONAL MATCH (p:Person {id: $id})
WITH coalesce(c, o, p) AS x
MATCH (x)-[:ATTENDED|PARTY_TO]->(e)<-[:ATTENDED|PARTY_TO]-(y)
WHERE (y:Country OR y:Organization) AND y <> x
  AND e.dateFrom <= date($to) AND e.dateTo >= date($from)
WITH y, count(DISTINCT CASE WHEN e:Meeting THEN e END) AS meetings, count(DISTINCT CASE WHEN e:Pact THEN e END) AS pacts
RETURN y.id AS id, meetings, pacts
ORDER BY meetings DESC, pacts DESC, id
LIMIT $limit
