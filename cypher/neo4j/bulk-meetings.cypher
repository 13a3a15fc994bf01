// Bulk load: one batch of Meeting rows into a store that was empty when the load began (checked
// first), so CREATE without a lookup; the uniqueness constraint still refuses a repeated id. dateFrom/dateTo become native
// dates, as the write path stores them.
UNWIND $rows AS r
CREATE (n:Meeting)
SET n = r
SET n.dateFrom = date(r.dateFrom), n.dateTo = date(r.dateTo)
RETURN count(*) AS n
