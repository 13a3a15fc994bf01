// searchText holds every name, lower-cased and folded, one per line (no FTS extension offline).
MATCH (n:Country) WHERE n.searchText CONTAINS $lower OR n.searchText CONTAINS $folded
RETURN n.id AS id, 'country' AS kind, n.nameEn AS label, n.searchText AS text LIMIT $cap
UNION ALL
MATCH (n:Organization) WHERE n.searchText CONTAINS $lower OR n.searchText CONTAINS $folded
RETURN n.id AS id, 'organization' AS kind, n.nameEn AS label, n.searchText AS text LIMIT $cap
UNION ALL
MATCH (n:Person) WHERE n.searchText CONTAINS $lower OR n.searchText CONTAINS $folded
RETURN n.id AS id, 'person' AS kind, n.name AS label, n.searchText AS text LIMIT $cap
