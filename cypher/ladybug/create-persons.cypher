UNWIND $rows AS r
CREATE (:Person {id: r.id, name: r.name, aliases: CAST(r.aliases AS STRING[]), country: r.country, searchText: r.searchText})
