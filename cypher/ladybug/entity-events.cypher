// One page of the events an entity attended or is party to, overlapping [from, to], newest
// first. Only the summary columns are carried through the sort (a whole node is much heavier);
// participants and place are columns of the event itself.
MATCH (x:{{Label}} {id: $id})-[:ATTENDED|PARTY_TO]->(e:Meeting:Pact)
WHERE e.dateFrom <= date($to) AND e.dateTo >= date($from)
RETURN e.id AS id, label(e) AS label, e.kind AS kind, e.title AS title, e.date AS date, e.endDate AS endDate, e.status AS status, e.placeId AS place, e.participants AS participants
ORDER BY e.dateKnown DESC, e.dateFrom DESC, e.id
SKIP $offset LIMIT $limit
