// One edge between two nodes found by primary key (small batches: no table scan).
MATCH (x:{{A}} {id: $entity}), (m:Meeting {id: $meeting})
CREATE (x)-[:ATTENDED {role: $role}]->(m)
RETURN count(*) AS n
