// The edges of one meeting that existed before this batch (primary-key lookup, then its edges).
MATCH (x)-[:ATTENDED]->(m:Meeting {id: $id})
RETURN x.id AS entity, m.id AS meeting
