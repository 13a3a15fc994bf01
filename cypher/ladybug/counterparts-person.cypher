// A person is on no TIE: the actors at the meetings they attended.
MATCH (p:Person {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Country:Organization)
WHERE m.dateFrom <= date($to) AND m.dateTo >= date($from)
RETURN y.id AS id, count(DISTINCT m.id) AS meetings, 0 AS pacts
ORDER BY meetings DESC, id
LIMIT $limit
