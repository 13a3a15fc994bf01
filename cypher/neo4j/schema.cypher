// Schema for the Neo4j store: one uniqueness constraint per node label on id (each also backs
// the id lookups every write does), and range indexes for the windowed reads.
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pact_id IF NOT EXISTS FOR (n:Pact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_span IF NOT EXISTS FOR (n:Meeting) ON (n.dateFrom, n.dateTo);
CREATE INDEX pact_span IF NOT EXISTS FOR (n:Pact) ON (n.dateFrom, n.dateTo);
CREATE INDEX tie_span IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.dateFrom, t.dateTo);
CREATE INDEX tie_event IF NOT EXISTS FOR ()-[t:TIE]-() ON (t.event);
