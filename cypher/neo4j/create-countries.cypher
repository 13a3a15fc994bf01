// Country nodes by id; an existing node is left as it is.
UNWIND $rows AS r
MERGE (n:Country {id: r.id})
  ON CREATE SET n += r
