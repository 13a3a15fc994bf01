// Dated events an entity attended or is party to, counted per year of their date and per table.
MATCH (x:{{Label}} {id: $id})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)
WHERE e.date IS NOT NULL
RETURN substring(e.date, 1, 4) AS year, label(e) AS label, count(DISTINCT e.id) AS n
