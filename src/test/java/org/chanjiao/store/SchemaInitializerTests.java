package org.chanjiao.store;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema files as statements, and the schema applied to a database that has it
 * already (as at every start after the first): twice more, without an error, and nothing
 * changes.
 */
@IntegrationTest
class SchemaInitializerTests {

	@Autowired
	SchemaInitializer schema;

	@Autowired
	GraphStore store;

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
	void shouldReadTheSchemaFilesInOrder() {
		assertThat(SchemaInitializer.statements()).isNotEmpty()
			.anySatisfy((statement) -> assertThat(statement).contains("FULLTEXT").contains("cjk"));
		assertThat(SchemaInitializer.statements().get(0)).contains("organization_id");
	}

	@Test
	void shouldChangeNothingWhenTheSchemaIsAppliedTwiceMore() {
		List<String> before = schemaObjects();
		// Every statement names what it creates, and all of it is there after the start.
		Pattern named = Pattern.compile("CREATE (?:FULLTEXT |TEXT )?(?:INDEX|CONSTRAINT) (\\w+)");
		for (String statement : SchemaInitializer.statements()) {
			if (!statement.strip().startsWith("CREATE")) {
				continue; // a data migration (006 moves statuses into types): applied
							// twice below
			}
			Matcher matcher = named.matcher(statement);
			assertThat(matcher.find()).as("a name in %s", statement).isTrue();
			assertThat(before).as("the schema after the start").anyMatch((o) -> o.startsWith(matcher.group(1) + " "));
		}
		this.schema.apply();
		this.schema.apply();
		assertThat(schemaObjects()).isEqualTo(before);
	}

	/**
	 * Every index and constraint: name, type, what it covers, state (through the driver:
	 * in-process reads may not list the schema).
	 */
	private List<String> schemaObjects() {
		List<String> objects = new java.util.ArrayList<>(
				this.store.write("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state", Map.of(),
						(r) -> r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("labelsOrTypes")
								+ " " + r.get("properties") + " " + r.get("state").asString()));
		objects.addAll(this.store.write("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties", Map.of(),
				(r) -> r.get("name").asString() + " " + r.get("type").asString() + " " + r.get("labelsOrTypes") + " "
						+ r.get("properties")));
		objects.sort(String::compareTo);
		return objects;
	}

}
