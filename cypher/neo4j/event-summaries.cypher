// List summaries of events, by id.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Meeting {id: id}) RETURN e
  UNION
  MATCH (e:Pact {id: id}) RETURN e
}
RETURN {
  id: e.id,
  type: CASE WHEN e:Meeting THEN 'meeting' ELSE 'pact' END,
  kind: e.kind, title: e.title, date: e.date, endDate: e.endDate, status: e.status,
  place: head([(e)-[:HELD_IN]->(pl) | pl.id]),
  participants: [(y)-[:ATTENDED|PARTY_TO]->(e) | y.id]
} AS summary
