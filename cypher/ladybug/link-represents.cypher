MATCH (p:Person {id: $person}), (c:Country {id: $country})
CREATE (p)-[:REPRESENTS {role: $role, `from`: $since, `to`: $until}]->(c)
RETURN count(*) AS n
