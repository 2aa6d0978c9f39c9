// Search by Chinese name, English name or alias. The cjk analyzer indexes Chinese as
// overlapping bigrams, so 长隆 finds 长隆集团 and 长隆产业学院; Latin text is lower-cased words.
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS
FOR (o:Organization) ON EACH [o.name, o.nameEn, o.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
