MATCH (e)-[r:REPORTED_IN]->(d:Document) RETURN e.id AS event, d.id AS document, r.start AS start, r.`end` AS `end`, r.quote AS quote, r.rule AS rule
