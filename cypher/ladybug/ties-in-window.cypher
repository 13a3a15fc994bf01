// Aggregated ties: every TIE overlapping the window, grouped per pair and relation. Kinds filter
// a relation only when its flag says a filter is set (an empty list cannot be a parameter).
// Kinds, dates and ordering are finished by the adapter: on 0.19.1 a DISTINCT aggregate next to
// another aggregate returns null for the other, and with ORDER BY crashed the process.
MATCH (a)-[t:TIE]->(b)
WHERE t.dateFrom <= date($to) AND t.dateTo >= date($from)
  AND list_contains($relations, t.relation)
  AND (t.relation <> 'met' OR $anyMeetingKind OR list_contains($meetingKinds, t.kind))
  AND (t.relation <> 'pact' OR $anyPactKind OR list_contains($pactKinds, t.kind))
RETURN a.id AS a, b.id AS b, t.relation AS relation, collect(t.kind) AS kinds, collect(t.event) AS events, collect(t.dateFrom) AS dates
