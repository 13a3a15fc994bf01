// The edges from countries or organisations (tables of a few hundred rows) to one meeting found by
// primary key: one statement per meeting instead of one per edge. The actors' side is a hash join
// over its small table; the meeting's is a key lookup. The count lets the adapter notice a missing end.
MATCH (m:Meeting {id: $meeting})
UNWIND $rows AS r
MATCH (x:{{A}} {id: r.entity})
CREATE (x)-[:ATTENDED {role: r.role}]->(m)
RETURN count(*) AS n
