MATCH (x)-[r:ATTENDED]->(m:Meeting) RETURN x.id AS entity, m.id AS meeting, r.role AS role
