// The columns (properties) of one table in their stored order, to check a CSV file against.
// TABLE_INFO takes no parameter: the slot is a table name from the closed list.
CALL TABLE_INFO('{{Table}}') RETURN name, type
