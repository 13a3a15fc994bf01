UNWIND $rows AS r
MATCH (p:Person {id: r.person}), (c:Country {id: r.country})
CREATE (p)-[:REPRESENTS {role: r.role, `from`: r.`from`, `to`: r.`to`}]->(c)
RETURN count(*) AS n
