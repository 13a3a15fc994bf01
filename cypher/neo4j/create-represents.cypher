// person -[:REPRESENTS {role, from, to}]-> country. The key includes from/to, which may be null
// (MERGE refuses null properties), hence the explicit existence check. Returns the rows whose
// endpoints are missing.
UNWIND $rows AS r
OPTIONAL MATCH (p:Person {id: r.person})
OPTIONAL MATCH (c:Country {id: r.country})
WITH r, p, c
FOREACH (_ IN CASE
    WHEN p IS NOT NULL AND c IS NOT NULL AND NOT EXISTS {
      MATCH (p)-[x:REPRESENTS]->(c)
      WHERE x.role = r.role AND coalesce(x.from, '') = coalesce(r.from, '') AND coalesce(x.to, '') = coalesce(r.to, '')
    } THEN [1] ELSE [] END |
  CREATE (p)-[:REPRESENTS {role: r.role, from: r.from, to: r.to}]->(c)
)
WITH r, p, c
WHERE p IS NULL OR c IS NULL
RETURN r.person AS source, r.country AS target
