// Bulk load: one batch of Person rows into a store that was empty when the load began (checked
// first), so CREATE without a lookup; the uniqueness constraint still refuses a repeated id.
UNWIND $rows AS r
CREATE (n:Person)
SET n = r
RETURN count(*) AS n
