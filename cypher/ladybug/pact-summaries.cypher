UNWIND $ids AS id
MATCH (e:Pact {id: id})
RETURN e AS event, NULL AS place
