UNWIND $rows AS r
CREATE (:Organization {id: r.id, code: r.code, nameEn: r.nameEn, nameJa: r.nameJa, nameEs: r.nameEs, aliases: CAST(r.aliases AS STRING[]), searchText: r.searchText})
