// Rows of one node table ({{Label}}). One table per query: the engine answers a bare count(*)
// from the table itself, where a UNION of OPTIONAL MATCH counts scanned every table at once and,
// on a million events, filled the page cache.
MATCH (n:{{Label}}) RETURN count(*) AS n
