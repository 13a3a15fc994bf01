// One page of the events an entity attended or is party to, overlapping [from, to], newest
// first; each event node carries its participants and place.
MATCH (x:{{Label}} {id: $id})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
RETURN e
ORDER BY e.dateFrom DESC, e.id
SKIP $offset LIMIT $limit
