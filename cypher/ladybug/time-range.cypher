// Earliest start and latest known day; an open-ended pact counts by its start.
MATCH (m:Meeting) RETURN min(m.dateFrom) AS first, max(m.dateTo) AS last
UNION ALL
MATCH (p:Pact) RETURN min(p.dateFrom) AS first, max(CASE WHEN p.dateTo = date('9999-12-31') THEN p.dateFrom ELSE p.dateTo END) AS last
