MATCH (e:{{A}} {id: $event}), (d:Document {id: $document})
CREATE (e)-[:REPORTED_IN {start: $start, `end`: $endOffset, quote: $quote, rule: $rule}]->(d)
RETURN count(*) AS n
