// Nodes by id, grouped by kind (ids carry their kind as a prefix), with all their properties.
MATCH (n:Country) WHERE n.id IN $countries RETURN n.id AS id, 'country' AS kind, properties(n) AS props
UNION ALL
MATCH (n:Person) WHERE n.id IN $persons RETURN n.id AS id, 'person' AS kind, properties(n) AS props
UNION ALL
MATCH (n:Organization) WHERE n.id IN $organizations RETURN n.id AS id, 'organization' AS kind, properties(n) AS props
UNION ALL
MATCH (n:Meeting) WHERE n.id IN $meetings RETURN n.id AS id, 'meeting' AS kind, properties(n) AS props
UNION ALL
MATCH (n:Pact) WHERE n.id IN $pacts RETURN n.id AS id, 'pact' AS kind, properties(n) AS props
UNION ALL
MATCH (n:Document) WHERE n.id IN $documents RETURN n.id AS id, 'document' AS kind, properties(n) AS props
