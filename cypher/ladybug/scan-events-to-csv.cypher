// Every event of one table written by the engine to a CSV file ({{File}}: a path the adapter
// makes itself in a fresh temporary directory): its own bulk export reads a million rows in
// about a second, where handing rows to Node one by one takes tens of seconds. Days are counted
// from 1970-01-01; actors are the participants that are countries or organisations. In storage
// order: the projection puts them in start-day order itself (an ORDER BY here would hold every
// row in the page cache at once, about 250 MB of resident memory that stays).
COPY (
  MATCH (e:{{Label}})
  RETURN e.id AS id, e.kind AS kind, e.dateFrom - date('1970-01-01') AS dayFrom, e.dateTo - date('1970-01-01') AS dayTo, e.dateKnown AS known,
         list_filter(e.participants, x -> starts_with(x, 'country:') OR starts_with(x, 'org:')) AS actors
) TO '{{File}}' (HEADER=false)
