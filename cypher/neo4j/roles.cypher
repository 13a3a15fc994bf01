// The roles a person held: REPRESENTS edges.
MATCH (p:Person {id: $person})-[r:REPRESENTS]->(c:Country)
RETURN p.id AS person, c.id AS country, r.role AS role, r.from AS from, r.to AS to
ORDER BY coalesce(r.from, ''), country, role
