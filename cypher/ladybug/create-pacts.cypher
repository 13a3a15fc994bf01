UNWIND $rows AS r
CREATE (:Pact {id: r.id, kind: r.kind, title: r.title, status: r.status, names: CAST(r.names AS STRING[]), obligations: CAST(r.obligations AS STRING[]), curated: r.curated, sourceCitation: r.sourceCitation, sourceUrl: r.sourceUrl, date: r.date, endDate: r.endDate, dateFrom: date(r.dateFrom), dateTo: date(r.dateTo), precision: r.precision, dateKnown: r.dateKnown})
