// The same facts as scan-events-to-csv for a few events, by primary key.
UNWIND $ids AS id
MATCH (e:{{Label}} {id: id})
RETURN e.id AS id, e.kind AS kind, e.dateFrom - date('1970-01-01') AS dayFrom, e.dateTo - date('1970-01-01') AS dayTo, e.dateKnown AS known,
       list_filter(e.participants, x -> starts_with(x, 'country:') OR starts_with(x, 'org:')) AS actors
