// New Country nodes (existence already checked by primary key). lat/lon arrive as text so that
// whole and fractional numbers share one parameter type.
UNWIND $rows AS r
CREATE (:Country {id: r.id, code: r.code, nameEn: r.nameEn, nameJa: r.nameJa, nameEs: r.nameEs, region: r.region, subregion: r.subregion, lat: CAST(r.lat AS DOUBLE), lon: CAST(r.lon AS DOUBLE), searchText: r.searchText})
