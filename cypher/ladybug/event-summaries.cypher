// List summaries of meetings by primary key (participants and place are columns of the event).
UNWIND $ids AS id
MATCH (e:Meeting {id: id})
RETURN e.id AS id, label(e) AS label, e.kind AS kind, e.title AS title, e.date AS date, e.endDate AS endDate, e.status AS status, e.placeId AS place, e.participants AS participants
