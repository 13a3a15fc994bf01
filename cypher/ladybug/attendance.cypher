MATCH (x)-[:ATTENDED]->(m:Meeting)
WHERE m.dateFrom <= date($to) AND m.dateTo >= date($from)
  AND ($anyMeetingKind OR list_contains($meetingKinds, m.kind))
RETURN m.id AS meeting, m.kind AS kind, m.dateFrom AS dateFrom, m.dateTo AS dateTo, collect(x.id) AS entities
