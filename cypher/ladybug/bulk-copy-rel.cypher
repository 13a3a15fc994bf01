// Bulk load: one relationship table from a CSV file whose first two columns are the endpoint ids
// and whose other columns are the table's properties in their order. FROM/TO name the node
// tables at each end (ATTENDED has three pairs). Slots as in bulk-copy-node.cypher.
COPY {{Rel}} FROM '{{File}}' (HEADER=TRUE, PARALLEL={{Parallel}}, FROM='{{From}}', TO='{{To}}')
