// Empties the database (tests and resets): relationships first, then nodes, in small
// transactions so that dense nodes do not overrun the transaction memory pool. Needs
// auto-commit transactions; two statements.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS;
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS;
