// Every node with its properties (its kind is the prefix of its id), for export.
MATCH (n)
WHERE n:Country OR n:Person OR n:Organization OR n:Meeting OR n:Pact OR n:Document
RETURN n.id AS id, properties(n) AS props
ORDER BY id
