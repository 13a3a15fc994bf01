// Documents by id; an existing document is left as it is.
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
  ON CREATE SET d += r
