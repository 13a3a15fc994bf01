// Every edge as the write row it came from, tagged with its table, for export.
MATCH (e)-[r:ATTENDED]->(m:Meeting)
RETURN 'attended' AS table, {entity: e.id, meeting: m.id, role: r.role} AS row
UNION ALL
MATCH (e)-[:PARTY_TO]->(k:Pact)
RETURN 'partyTo' AS table, {entity: e.id, pact: k.id} AS row
UNION ALL
MATCH (p:Person)-[r:REPRESENTS]->(c:Country)
RETURN 'represents' AS table, {person: p.id, country: c.id, role: r.role, from: r.from, to: r.to} AS row
UNION ALL
MATCH (m:Meeting)-[:HELD_IN]->(c:Country)
RETURN 'heldIn' AS table, {meeting: m.id, country: c.id} AS row
UNION ALL
MATCH (e)-[r:REPORTED_IN]->(d:Document)
RETURN 'reportedIn' AS table, {event: e.id, document: d.id, start: r.start, end: r.end, quote: r.quote, rule: r.rule} AS row
UNION ALL
MATCH (a)-[t:TIE]->(b)
RETURN 'ties' AS table, {a: a.id, b: b.id, event: t.event, relation: t.relation, kind: t.kind, dateFrom: toString(t.dateFrom), dateTo: toString(t.dateTo)} AS row
