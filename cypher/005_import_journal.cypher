// The journal of a running import: what each batch created and what it overwrote, so
// that a failed or interrupted import is rolled back as a whole (see GraphWriter).
CREATE INDEX import_undo_run IF NOT EXISTS FOR (u:ImportUndo) ON (u.run, u.entity);
