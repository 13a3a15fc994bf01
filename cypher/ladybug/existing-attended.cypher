// Edges already there for meetings that existed before this batch (walks each meeting's own edges).
UNWIND $ids AS id
MATCH (x)-[:ATTENDED]->(m:Meeting {id: id})
RETURN x.id AS entity, m.id AS meeting
