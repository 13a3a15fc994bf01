// Node and edge counts by kind.
RETURN
  COUNT { (:Country) } AS countries,
  COUNT { (:Person) } AS persons,
  COUNT { (:Organization) } AS organizations,
  COUNT { (:Meeting) } AS meetings,
  COUNT { (:Pact) } AS pacts,
  COUNT { (:Document) } AS documents,
  COUNT { ()-[:ATTENDED]->() } AS attended,
  COUNT { ()-[:PARTY_TO]->() } AS partyTo,
  COUNT { ()-[:REPRESENTS]->() } AS represents,
  COUNT { ()-[:HELD_IN]->() } AS heldIn,
  COUNT { ()-[:REPORTED_IN]->() } AS reportedIn,
  COUNT { ()-[:TIE]->() } AS ties
