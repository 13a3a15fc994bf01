// date() rejects a day that does not exist, which aborts the whole batch.
UNWIND $rows AS r
CREATE (:Meeting {id: r.id, kind: r.kind, title: r.title, status: r.status, place: r.place, placeName: r.placeName, curated: r.curated, sourceCitation: r.sourceCitation, sourceUrl: r.sourceUrl, date: r.date, endDate: r.endDate, dateFrom: date(r.dateFrom), dateTo: date(r.dateTo), precision: r.precision, dateKnown: r.dateKnown, participants: CAST(r.participants AS STRING[]), placeId: r.placeId})
