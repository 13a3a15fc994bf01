// Countries, organizations and persons whose search text (one name form a line) contains the
// text, lower-cased or folded ($folded may be null). Exact names first, then prefixes.
CALL () {
  MATCH (n:Country) RETURN n, 'country' AS kind, n.nameEn AS label
  UNION ALL
  MATCH (n:Organization) RETURN n, 'organization' AS kind, n.nameEn AS label
  UNION ALL
  MATCH (n:Person) RETURN n, 'person' AS kind, n.name AS label
}
WITH n, kind, label, [line IN split(toLower(n.searchText), '\n') WHERE line CONTAINS $lower OR line CONTAINS $folded] AS lines
WHERE size(lines) > 0
WITH n, kind, label, lines,
  CASE
    WHEN any(line IN lines WHERE line = $lower OR line = $folded) THEN 0
    WHEN any(line IN lines WHERE line STARTS WITH $lower OR line STARTS WITH $folded) THEN 1
    ELSE 2
  END AS rank
RETURN n.id AS id, kind, label, lines[0] AS matched
ORDER BY rank, size(label), label, id
LIMIT $limit
