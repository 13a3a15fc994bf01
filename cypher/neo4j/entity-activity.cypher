// Dated events a country, organization or person attended or is party to, counted per year of
// their date and per type.
OPTIONAL MATCH (c:Country {id: $id})
OPTIONAL MATCH (o:Organization {id: $id})
OPTIONAL MATCH (p:Person {id: $id})
WITH coalesce(c, o, p) AS x
MATCH (x)-[:ATTENDED|PARTY_TO]->(e)
WHERE e.date IS NOT NULL
WITH DISTINCT e
RETURN substring(e.date, 0, 4) AS year, CASE WHEN e:Meeting THEN 'meeting' ELSE 'pact' END AS type, count(*) AS n
