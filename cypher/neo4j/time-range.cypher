// Earliest event start and latest known event day; an open pact end (9999-12-31) counts as
// the pact's start.
CALL () {
  MATCH (m:Meeting) RETURN m.dateFrom AS first, m.dateTo AS last
  UNION ALL
  MATCH (k:Pact) RETURN k.dateFrom AS first, CASE WHEN k.dateTo = date($openEnd) THEN k.dateFrom ELSE k.dateTo END AS last
}
RETURN min(first) AS from, max(last) AS to
