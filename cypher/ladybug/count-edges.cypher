// Rows of one relationship table ({{Label}}); see count-nodes.cypher.
MATCH ()-[r:{{Label}}]->() RETURN count(*) AS n
