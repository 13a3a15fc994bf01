MATCH (m:Meeting {id: $meeting}), (c:Country {id: $country})
CREATE (m)-[:HELD_IN]->(c)
RETURN count(*) AS n
