// The places of one meeting found by primary key, in one statement (see link-attended-to).
MATCH (m:Meeting {id: $meeting})
UNWIND $rows AS r
MATCH (c:Country {id: r.country})
CREATE (m)-[:HELD_IN]->(c)
RETURN count(*) AS n
