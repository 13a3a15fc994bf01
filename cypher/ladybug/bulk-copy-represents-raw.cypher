// The benchmark's floor only: REPRESENTS COPYed as raw rows. A header row naming `from`/`to` is
// refused by COPY FROM a file ("Variable from already exists"), so the rows pass through
// LOAD FROM; 0.19.1 then stores the endpoint ids in from/to (why bulk-represents.cypher exists).
COPY REPRESENTS FROM (LOAD FROM '{{File}}' (HEADER=TRUE) RETURN person, country, role, CAST(`from` AS STRING), CAST(`to` AS STRING))
