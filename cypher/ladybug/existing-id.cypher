// One primary-key lookup. With a scalar parameter the engine scans the key index; an UNWIND'ed
// list is hash-joined against a scan of the whole table instead (fine for Country, not Meeting).
MATCH (n:{{Label}} {id: $id})
RETURN n.id AS id
