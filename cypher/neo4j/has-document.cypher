// Whether a document id is stored.
OPTIONAL MATCH (d:Document {id: $id})
RETURN d IS NOT NULL AS found
