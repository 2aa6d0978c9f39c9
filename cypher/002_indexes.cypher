// Filters and sort keys of the organisation listing and the analyses.
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX organization_kind_name IF NOT EXISTS FOR (o:Organization) ON (o.kind, o.name);
CREATE INDEX organization_region IF NOT EXISTS FOR (o:Organization) ON (o.region);
// Substring search (search's CONTAINS branch, which finds what the bigram full-text index
// cannot, such as a single character): a TEXT index answers CONTAINS from its trigrams
// instead of reading every name.
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (o:Organization) ON (o.name);
