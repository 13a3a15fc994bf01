// Every HELD_IN edge as the write row it came from, for export.
MATCH (m:Meeting)-[:HELD_IN]->(c:Country)
RETURN {meeting: m.id, country: c.id} AS row
