// Whole nodes of one table by primary key.
UNWIND $ids AS id
MATCH (n:{{Label}} {id: id})
RETURN n
