// Meetings in the window with their attendees, read from the participant column (no join).
MATCH (m:Meeting)
WHERE m.dateFrom <= date($to) AND m.dateTo >= date($from)
  AND ($anyMeetingKind OR list_contains($meetingKinds, m.kind))
RETURN m.id AS meeting, m.kind AS kind, m.dateFrom AS dateFrom, m.dateTo AS dateTo, m.participants AS entities
