// The embedded store's schema. Dates are DATE columns (dateFrom/dateTo: the inclusive day span)
// next to the partial `date` string as written. TIE is derived: one edge per pair of actors and
// event (a < b), so windowed networks and path queries never walk the bipartite event graph.
// Meeting/Pact also keep their participant ids (and a meeting its HELD_IN country id) as
// columns, kept in step with the edges by the adapter: event lists then read one node per event
// instead of joining the edge tables, which this engine does by scanning them whole.
CREATE NODE TABLE IF NOT EXISTS Country(id STRING, code STRING, nameEn STRING, nameJa STRING, nameEs STRING, region STRING, subregion STRING, lat DOUBLE, lon DOUBLE, searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Organization(id STRING, code STRING, nameEn STRING, nameJa STRING, nameEs STRING, aliases STRING[], searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, aliases STRING[], country STRING, searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Meeting(id STRING, kind STRING, title STRING, status STRING, place STRING, placeName STRING, curated BOOLEAN, sourceCitation STRING, sourceUrl STRING, date STRING, endDate STRING, dateFrom DATE, dateTo DATE, precision STRING, dateKnown BOOLEAN, participants STRING[], placeId STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Pact(id STRING, kind STRING, title STRING, status STRING, names STRING[], obligations STRING[], curated BOOLEAN, sourceCitation STRING, sourceUrl STRING, date STRING, endDate STRING, dateFrom DATE, dateTo DATE, precision STRING, dateKnown BOOLEAN, participants STRING[], PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Document(id STRING, title STRING, lang STRING, published DATE, sourceName STRING, sourceUrl STRING, curated BOOLEAN, textLength INT64, PRIMARY KEY(id));
CREATE REL TABLE IF NOT EXISTS ATTENDED(FROM Person TO Meeting, FROM Country TO Meeting, FROM Organization TO Meeting, role STRING);
CREATE REL TABLE IF NOT EXISTS PARTY_TO(FROM Country TO Pact, FROM Organization TO Pact);
CREATE REL TABLE IF NOT EXISTS REPRESENTS(FROM Person TO Country, role STRING, `from` STRING, `to` STRING);
CREATE REL TABLE IF NOT EXISTS HELD_IN(FROM Meeting TO Country);
CREATE REL TABLE IF NOT EXISTS REPORTED_IN(FROM Meeting TO Document, FROM Pact TO Document, start INT64, `end` INT64, quote STRING, rule STRING);
CREATE REL TABLE IF NOT EXISTS TIE(FROM Country TO Country, FROM Country TO Organization, FROM Organization TO Country, FROM Organization TO Organization, event STRING, relation STRING, kind STRING, dateFrom DATE, dateTo DATE);
