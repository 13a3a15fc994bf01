// Candidate meetings for de-duplication: attended by the first actor and overlapping the span;
// the adapter keeps those whose actor set is exactly the one asked.
MATCH (x:{{Label}} {id: $first})-[:ATTENDED]->(m:Meeting)
WHERE m.dateFrom <= date($to) AND m.dateTo >= date($from)
RETURN m.id AS id, m.participants AS attendees, m.dateFrom AS dateFrom, m.dateTo AS dateTo
