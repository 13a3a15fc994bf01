// Whether the store holds any event or entity yet: the bulk load only fills an empty store
// (a duplicate primary key aborts a whole COPY).
OPTIONAL MATCH (n) RETURN count(n) AS n
