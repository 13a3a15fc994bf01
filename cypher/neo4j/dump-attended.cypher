// Every ATTENDED edge as the write row it came from, for export.
MATCH (e)-[r:ATTENDED]->(m:Meeting)
RETURN {entity: e.id, meeting: m.id, role: r.role} AS row
