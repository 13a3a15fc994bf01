// List summaries of pacts by primary key (a pact has no place).
UNWIND $ids AS id
MATCH (e:Pact {id: id})
RETURN e.id AS id, label(e) AS label, e.kind AS kind, e.title AS title, e.date AS date, e.endDate AS endDate, e.status AS status, NULL AS place, e.participants AS participants
