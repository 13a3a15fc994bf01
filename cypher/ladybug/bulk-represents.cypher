// Bulk load of REPRESENTS, the one table not COPYed: on 0.19.1 COPY into a relationship table
// whose properties are named `from`/`to` stores the endpoint ids in them (from a file and from
// a subquery alike). Run on the small Person/Country tables before the events are loaded, so
// the lookups stay cheap. since/until: `from` and `to` cannot name parameters.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (c:Country {id: r.country})
CREATE (p)-[:REPRESENTS {role: r.role, `from`: r.since, `to`: r.until}]->(c)
RETURN count(*) AS n
