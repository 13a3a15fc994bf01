// Separate from refresh-meeting: two OPTIONAL MATCHes in one query lose the second's values (0.19.1).
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (m)-[:HELD_IN]->(c:Country)
WITH m, min(c.id) AS place
SET m.placeId = place
