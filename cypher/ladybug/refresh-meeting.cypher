// Re-derives a pre-existing meeting's participant and place columns after edges were added to it.
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (x)-[:ATTENDED]->(m)
WITH m, collect(x.id) AS ids
SET m.participants = ids
