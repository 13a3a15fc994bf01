// Distinct actor pairs with a TIE in the window among a small candidate set (the nodes that lie
// on some shortest path), for enumerating every shortest node sequence.
UNWIND $ids AS id
MATCH (a:{{A}} {id: id})-[t:TIE]-(b)
WHERE list_contains($ids, b.id) AND t.dateFrom <= date($to) AND t.dateTo >= date($from)
  AND list_contains($relations, t.relation)
  AND (t.relation <> 'met' OR $anyMeetingKind OR list_contains($meetingKinds, t.kind))
  AND (t.relation <> 'pact' OR $anyPactKind OR list_contains($pactKinds, t.kind))
RETURN DISTINCT a.id AS a, b.id AS b
