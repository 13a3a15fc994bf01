// Every REPORTED_IN edge as the write row it came from, for export.
MATCH (e)-[r:REPORTED_IN]->(d:Document)
RETURN {event: e.id, document: d.id, start: r.start, end: r.end, quote: r.quote, rule: r.rule} AS row
