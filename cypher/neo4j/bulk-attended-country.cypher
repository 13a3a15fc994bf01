// Bulk load: one batch of Country -[:ATTENDED {role}]-> Meeting rows; CREATE, as the store was empty
// when the load began. Returns how many found both ends (the loader checks the count).
UNWIND $rows AS r
MATCH (x:Country {id: r.entity})
MATCH (m:Meeting {id: r.meeting})
CREATE (x)-[:ATTENDED {role: r.role}]->(m)
RETURN count(*) AS n
