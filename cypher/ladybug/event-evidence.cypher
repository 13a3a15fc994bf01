MATCH (e:{{A}} {id: $id})-[r:REPORTED_IN]->(d:Document)
RETURN d.id AS documentId, d.title AS documentTitle, d.published AS published, d.lang AS lang, d.sourceName AS sourceName, d.sourceUrl AS sourceUrl, r.start AS start, r.`end` AS `end`, r.quote AS quote, r.rule AS rule
ORDER BY published, documentId, start, `end`
