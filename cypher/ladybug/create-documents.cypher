UNWIND $rows AS r
CREATE (:Document {id: r.id, title: r.title, lang: r.lang, published: date(r.published), sourceName: r.sourceName, sourceUrl: r.sourceUrl, curated: r.curated, textLength: r.textLength})
