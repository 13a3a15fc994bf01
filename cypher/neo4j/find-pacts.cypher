// Pacts whose parties are exactly $parties (anchored on $parties[0]).
OPTIONAL MATCH (c:Country {id: $parties[0]})
OPTIONAL MATCH (o:Organization {id: $parties[0]})
WITH coalesce(c, o) AS anchor
MATCH (anchor)-[:PARTY_TO]->(k:Pact)
WITH k, [(x)-[:PARTY_TO]->(k) | x.id] AS parties
WHERE size(parties) = size($parties) AND all(id IN parties WHERE id IN $parties)
RETURN k.id AS id, k.kind AS kind, k.names AS names, k.date AS date, toString(k.dateFrom) AS dateFrom, toString(k.dateTo) AS dateTo
ORDER BY id
