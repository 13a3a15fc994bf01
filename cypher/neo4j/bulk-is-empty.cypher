// Whether the store holds any node: the bulk load CREATEs without looking, so it only fills an
// empty store.
OPTIONAL MATCH (n) WITH n LIMIT 1 RETURN n IS NOT NULL AS used
