// Meeting nodes by id; an existing node is left as it is. dateFrom/dateTo become native dates
// (what temporal filters and tools such as Bloom work on); date/endDate keep the partial date.
UNWIND $rows AS r
MERGE (n:Meeting {id: r.id})
  ON CREATE SET n += r, n.dateFrom = date(r.dateFrom), n.dateTo = date(r.dateTo)
