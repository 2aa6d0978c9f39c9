// Relationships are merged on their stable id on import; one index per type.
CREATE INDEX co_founded_id IF NOT EXISTS FOR ()-[r:CO_FOUNDED]-() ON (r.id);
CREATE INDEX member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.id);
CREATE INDEX recognized_id IF NOT EXISTS FOR ()-[r:RECOGNIZED]-() ON (r.id);
