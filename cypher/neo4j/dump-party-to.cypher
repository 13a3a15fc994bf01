// Every PARTY_TO edge as the write row it came from, for export.
MATCH (e)-[:PARTY_TO]->(k:Pact)
RETURN {entity: e.id, pact: k.id} AS row
