// Meetings by id with the country each was held in (participants come from event-attendees:
// two OPTIONAL MATCHes in one query lose the second one's values on 0.19.1).
UNWIND $ids AS id
MATCH (e:Meeting {id: id})
OPTIONAL MATCH (e)-[:HELD_IN]->(c:Country)
RETURN e AS event, c.id AS place
