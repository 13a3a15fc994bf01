MATCH (e:{{A}} {id: $id})-[r:REPORTED_IN]->(d:Document)
RETURN e.id AS event, d.id AS document, r.start AS start, r.`end` AS `end`
