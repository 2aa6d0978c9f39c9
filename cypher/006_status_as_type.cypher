// A fact's status is its relationship type (StoredType): accepted facts under their type's
// name, candidate and deprecated ones under CANDIDATE_… and DEPRECATED_… A database written
// before kept the status as a property of every relationship; this moves its candidate and
// deprecated facts to their types and drops the property. It finds nothing to do in a
// database written since.
MATCH (a)-[r:CO_FOUNDED|MEMBER_OF|PART_OF|AFFILIATED_WITH|PARTNERS_WITH|RECOGNIZED]->(b)
WHERE r.status IN ['CANDIDATE', 'DEPRECATED']
CALL (a, r, b) {
  CREATE (a)-[n:$(r.status + '_' + type(r))]->(b)
  SET n = properties(r)
  REMOVE n.status
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:CO_FOUNDED|MEMBER_OF|PART_OF|AFFILIATED_WITH|PARTNERS_WITH|RECOGNIZED]->()
WHERE r.status IS NOT NULL
CALL (r) {
  REMOVE r.status
} IN TRANSACTIONS OF 10000 ROWS;
