UNWIND $rows AS r
MATCH (m:Meeting {id: r.meeting}), (c:Country {id: r.country})
CREATE (m)-[:HELD_IN]->(c)
RETURN count(*) AS n
