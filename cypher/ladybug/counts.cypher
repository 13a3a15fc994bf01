// OPTIONAL MATCH: with a constant column, a plain MATCH over an empty table returns no row at all.
OPTIONAL MATCH (n:Country) RETURN 'countries' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH (n:Person) RETURN 'persons' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH (n:Organization) RETURN 'organizations' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH (n:Meeting) RETURN 'meetings' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH (n:Pact) RETURN 'pacts' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH (n:Document) RETURN 'documents' AS k, count(n) AS n
UNION ALL OPTIONAL MATCH ()-[r:ATTENDED]->() RETURN 'attended' AS k, count(r) AS n
UNION ALL OPTIONAL MATCH ()-[r:PARTY_TO]->() RETURN 'partyTo' AS k, count(r) AS n
UNION ALL OPTIONAL MATCH ()-[r:REPRESENTS]->() RETURN 'represents' AS k, count(r) AS n
UNION ALL OPTIONAL MATCH ()-[r:HELD_IN]->() RETURN 'heldIn' AS k, count(r) AS n
UNION ALL OPTIONAL MATCH ()-[r:REPORTED_IN]->() RETURN 'reportedIn' AS k, count(r) AS n
UNION ALL OPTIONAL MATCH ()-[r:TIE]->() RETURN 'ties' AS k, count(r) AS n
