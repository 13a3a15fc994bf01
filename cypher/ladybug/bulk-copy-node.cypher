// Bulk load: one node table straight from a CSV file (header row; columns named in the order
// the file holds them, the rest of the table's columns stay null). The slots are filled by
// server/store/ladybug/bulk-load.ts with a table name, column names checked against the table
// and a checked file path: COPY takes no parameters. PARALLEL=FALSE when a field holds a
// newline, which the parallel reader refuses.
COPY {{Label}}({{Columns}}) FROM '{{File}}' (HEADER=TRUE, PARALLEL={{Parallel}})
