package org.chanjiao.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaInitializerTests {

	@Test
	void shouldSplitOnSemicolonsThatEndALineAndDropComments() {
		assertThat(SchemaInitializer.split("""
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS
				FOR (o:Organization) ON (o.name);

				CREATE CONSTRAINT b IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
				""")).containsExactly("CREATE INDEX a IF NOT EXISTS\nFOR (o:Organization) ON (o.name)",
				"CREATE CONSTRAINT b IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE");
	}

	@Test
	void shouldReadTheSchemaFilesInOrderAndKeepThemIdempotent() {
		assertThat(SchemaInitializer.statements()).isNotEmpty()
			// An index or constraint if it is missing, or a move of the relationships
			// that
			// still hold a status property (006), which removes it: nothing to do a
			// second
			// time.
			.allSatisfy((statement) -> assertThat(statement).satisfiesAnyOf(
					(s) -> assertThat(s).contains("IF NOT EXISTS"),
					(s) -> assertThat(s).contains("status IN ['CANDIDATE', 'DEPRECATED']").contains("REMOVE n.status"),
					(s) -> assertThat(s).contains("status IS NOT NULL").contains("REMOVE r.status")))
			.anySatisfy((statement) -> assertThat(statement).contains("FULLTEXT").contains("cjk"));
		assertThat(SchemaInitializer.statements().get(0)).contains("organization_id");
	}

}
