// Organization nodes by id; an existing node is left as it is.
UNWIND $rows AS r
MERGE (n:Organization {id: r.id})
  ON CREATE SET n += r
