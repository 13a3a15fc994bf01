UNWIND $rows AS r
MATCH (e:{{A}} {id: r.event}), (d:Document {id: r.document})
CREATE (e)-[:REPORTED_IN {start: r.start, `end`: r.`end`, quote: r.quote, rule: r.rule}]->(d)
RETURN count(*) AS n
