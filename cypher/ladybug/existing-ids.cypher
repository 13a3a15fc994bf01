// Which of these ids already exist in one node table (primary-key lookups).
UNWIND $ids AS id
MATCH (n:{{Label}} {id: id})
RETURN n.id AS id
