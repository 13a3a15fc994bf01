// CREATE, not MERGE: relationship MERGE scans the whole table; existing edges were filtered out
// by existing-attended. The count lets the adapter notice an endpoint that is missing.
UNWIND $rows AS r
MATCH (x:{{A}} {id: r.entity}), (m:Meeting {id: r.meeting})
CREATE (x)-[:ATTENDED {role: r.role}]->(m)
RETURN count(*) AS n
