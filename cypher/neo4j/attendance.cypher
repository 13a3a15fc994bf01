// Meetings in the window (optionally of some kinds) with every attendee: countries,
// organizations and persons. Oldest first.
MATCH (m:Meeting)
WHERE 'met' IN $relations
  AND m.dateFrom <= date($to) AND m.dateTo >= date($from)
  AND ($meetingKinds IS NULL OR m.kind IN $meetingKinds)
RETURN m.id AS meeting, m.kind AS kind, m.dateFrom AS dateFrom, m.dateTo AS dateTo,
  [(y)-[:ATTENDED]->(m) | y.id] AS entities
ORDER BY dateFrom, meeting
