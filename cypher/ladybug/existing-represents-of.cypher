MATCH (p:Person {id: $id})-[r:REPRESENTS]->(c:Country)
RETURN p.id AS person, c.id AS country, r.role AS role, r.`from` AS `from`, r.`to` AS `to`
