// Who attended (meetings) or is party to (pacts) each of these events.
UNWIND $ids AS id
MATCH (x)-[:ATTENDED|PARTY_TO]->(e:{{A}} {id: id})
RETURN e.id AS event, x.id AS entity
