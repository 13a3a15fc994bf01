// Bulk load: one batch of Person -[:ATTENDED {role}]-> Meeting rows; CREATE, as the store was empty
// when the load began. Returns how many found both ends (the loader checks the count).
UNWIND $rows AS r
MATCH (x:Person {id: r.entity})
MATCH (m:Meeting {id: r.meeting})
CREATE (x)-[:ATTENDED {role: r.role}]->(m)
RETURN count(*) AS n
