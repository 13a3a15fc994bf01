MATCH (m:Meeting {id: $id})-[:HELD_IN]->(c:Country)
RETURN m.id AS meeting, c.id AS country
