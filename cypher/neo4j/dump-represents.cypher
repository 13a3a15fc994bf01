// Every REPRESENTS edge as the write row it came from, for export.
MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
RETURN {person: p.id, country: c.id, role: r.role, from: r.from, to: r.to} AS row
