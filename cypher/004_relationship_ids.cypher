// Relationships are merged on their stable id on import; one index per stored type.
CREATE INDEX co_founded_id IF NOT EXISTS FOR ()-[r:CO_FOUNDED]-() ON (r.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.id);
CREATE INDEX recognized_id IF NOT EXISTS FOR ()-[r:RECOGNIZED]-() ON (r.id);
// Candidate and deprecated facts are stored under relationship types of their own
// (CANDIDATE_CO_FOUNDED …, see StoredType); their ids are indexed the same way.
CREATE INDEX candidate_co_founded_id IF NOT EXISTS FOR ()-[r:CANDIDATE_CO_FOUNDED]-() ON (r.id);
CREATE INDEX candidate_member_of_id IF NOT EXISTS FOR ()-[r:CANDIDATE_MEMBER_OF]-() ON (r.id);
CREATE INDEX candidate_part_of_id IF NOT EXISTS FOR ()-[r:CANDIDATE_PART_OF]-() ON (r.id);
CREATE INDEX candidate_affiliated_with_id IF NOT EXISTS FOR ()-[r:CANDIDATE_AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX candidate_partners_with_id IF NOT EXISTS FOR ()-[r:CANDIDATE_PARTNERS_WITH]-() ON (r.id);
CREATE INDEX candidate_recognized_id IF NOT EXISTS FOR ()-[r:CANDIDATE_RECOGNIZED]-() ON (r.id);
CREATE INDEX deprecated_co_founded_id IF NOT EXISTS FOR ()-[r:DEPRECATED_CO_FOUNDED]-() ON (r.id);
CREATE INDEX deprecated_member_of_id IF NOT EXISTS FOR ()-[r:DEPRECATED_MEMBER_OF]-() ON (r.id);
CREATE INDEX deprecated_part_of_id IF NOT EXISTS FOR ()-[r:DEPRECATED_PART_OF]-() ON (r.id);
CREATE INDEX deprecated_affiliated_with_id IF NOT EXISTS FOR ()-[r:DEPRECATED_AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX deprecated_partners_with_id IF NOT EXISTS FOR ()-[r:DEPRECATED_PARTNERS_WITH]-() ON (r.id);
CREATE INDEX deprecated_recognized_id IF NOT EXISTS FOR ()-[r:DEPRECATED_RECOGNIZED]-() ON (r.id);
