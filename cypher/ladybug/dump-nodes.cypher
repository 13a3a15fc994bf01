MATCH (n:{{Label}}) RETURN n ORDER BY n.id
