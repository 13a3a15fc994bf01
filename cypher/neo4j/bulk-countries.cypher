// Bulk load: one batch of Country rows into a store that was empty when the load began (checked
// first), so CREATE without a lookup; the uniqueness constraint still refuses a repeated id.
UNWIND $rows AS r
CREATE (n:Country)
SET n = r
RETURN count(*) AS n
