// One meeting or pact with its participants, place and evidence (each with its document).
OPTIONAL MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (k:Pact {id: $id})
WITH coalesce(m, k) AS e
WHERE e IS NOT NULL
RETURN
  CASE WHEN e:Meeting THEN 'meeting' ELSE 'pact' END AS kind,
  properties(e) AS props,
  [(y)-[:ATTENDED|PARTY_TO]->(e) | properties(y)] AS participants,
  head([(e)-[:HELD_IN]->(pl) | pl.id]) AS place,
  [(e)-[r:REPORTED_IN]->(d:Document) | {
    documentId: d.id, documentTitle: d.title, published: d.published, lang: d.lang,
    sourceName: d.sourceName, sourceUrl: d.sourceUrl,
    start: r.start, end: r.end, quote: r.quote, rule: r.rule
  }] AS evidence
