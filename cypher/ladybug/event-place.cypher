MATCH (m:Meeting {id: $id})-[:HELD_IN]->(c:Country)
RETURN c.id AS place
