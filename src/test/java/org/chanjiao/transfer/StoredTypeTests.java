package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.network.NetworkQueries;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.store.SchemaInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fact's status is stored as its relationship type ({@code StoredType}): accepted facts
 * under their type's name, candidate and deprecated ones under {@code CANDIDATE_…} and
 * {@code DEPRECATED_…}, with no {@code status} property. The interchange format keeps its
 * {@code status} column; a status changed by an import moves the relationship; the
 * network questions see accepted facts only; a database written with the status as a
 * property is moved to this layout when the schema is applied.
 */
@IntegrationTest
class StoredTypeTests {

	@Autowired
	GraphStore store;

	@Autowired
	GraphWriter writer;

	@Autowired
	InterchangeExporter exporter;

	@Autowired
	NetworkQueries network;

	@Autowired
	SchemaInitializer schema;

	@TempDir
	Path dir;

	@AfterEach
	void removeProbes() {
		this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'layout-' DETACH DELETE o", Map.of(), (r) -> r);
	}

	private void write(String accepted, String candidate, String deprecated) {
		List<Dataset.NodeRow> nodes = List.of(node("layout-school", "布局测试职业学院"), node("layout-firm", "布局测试有限公司"),
				node("layout-other", "布局测试科技有限公司"));
		List<Dataset.RelationRow> relations = List.of(
				relation("layout-r1", "layout-firm", "layout-school", RelationType.PARTNERS_WITH, accepted),
				relation("layout-r2", "layout-other", "layout-school", RelationType.PARTNERS_WITH, candidate),
				relation("layout-r3", "layout-firm", "layout-other", RelationType.PARTNERS_WITH, deprecated));
		this.writer.write(new Dataset(List.of(), nodes, relations), Duration.ofMinutes(1), (n) -> {
		});
	}

	private static Dataset.NodeRow node(String id, String name) {
		return new Dataset.NodeRow(1, id, org.chanjiao.organization.OrgKind.ENTERPRISE,
				Map.of("name", name, "aliases", List.of()));
	}

	private static Dataset.RelationRow relation(String id, String from, String to, RelationType type, String status) {
		return new Dataset.RelationRow(2, id, from, to, type,
				Map.of("status", status, "kind", "OTHER", "since", 2020L));
	}

	/**
	 * The stored type of each probe relationship, and whether any has a status property.
	 */
	private Map<String, String> storedTypes() {
		assertThat(this.store.read(
				"MATCH ()-[r]->() WHERE r.id STARTS WITH 'layout-' AND r.status IS NOT NULL " + "RETURN count(r) AS n",
				Map.of(), (r) -> r.get("n").asLong()))
			.containsExactly(0L);
		return Map.copyOf(new java.util.TreeMap<>(this.store
			.read("MATCH ()-[r]->() WHERE r.id STARTS WITH 'layout-' RETURN r.id AS id, type(r) AS type", Map.of(),
					(r) -> Map.entry(r.get("id").asString(), r.get("type").asString()))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
	}

	private List<String> neighbours(String id) {
		return this.network.neighborhood(id, 1, null, 100).nodes().stream().map(Organization::id).sorted().toList();
	}

	@Test
	void shouldStoreTheStatusAsTheRelationshipTypeAndExportItAsTheStatusColumn() throws IOException {
		write("ASSERTED", "CANDIDATE", "DEPRECATED");
		assertThat(storedTypes()).containsExactlyInAnyOrderEntriesOf(Map.of("layout-r1", "PARTNERS_WITH", "layout-r2",
				"CANDIDATE_PARTNERS_WITH", "layout-r3", "DEPRECATED_PARTNERS_WITH"));
		assertThat(neighbours("layout-firm")).containsExactly("layout-firm", "layout-school");
		assertThat(neighbours("layout-other")).containsExactly("layout-other");

		this.exporter.export(this.dir);
		List<String> rows = Files.readAllLines(this.dir.resolve(Interchange.RELATIONS));
		assertThat(rows.get(0)).startsWith("from,to,type,role,since,until,status,sources,evidence");
		assertThat(rows).filteredOn((row) -> row.startsWith("layout-"))
			.extracting((row) -> String.join(",", List.of(row.split(",")).subList(0, 7)))
			.containsExactlyInAnyOrder("layout-firm,layout-school,PARTNERS_WITH,,2020,,ASSERTED",
					"layout-other,layout-school,PARTNERS_WITH,,2020,,CANDIDATE",
					"layout-firm,layout-other,PARTNERS_WITH,,2020,,DEPRECATED");
	}

	@Test
	void shouldMoveARelationshipWhoseStatusAnImportChangesKeepingItsIdAndProperties() {
		write("ASSERTED", "CANDIDATE", "DEPRECATED");
		write("DEPRECATED", "ASSERTED", "CANDIDATE");
		assertThat(storedTypes()).containsExactlyInAnyOrderEntriesOf(Map.of("layout-r1", "DEPRECATED_PARTNERS_WITH",
				"layout-r2", "PARTNERS_WITH", "layout-r3", "CANDIDATE_PARTNERS_WITH"));
		assertThat(this.store.read(
				"MATCH (a)-[r {id: 'layout-r2'}]->(b) RETURN a.id + '>' + b.id + ' ' + r.kind + ' ' + r.since AS s",
				Map.of(), (r) -> r.get("s").asString()))
			.containsExactly("layout-other>layout-school OTHER 2020");
		assertThat(neighbours("layout-firm")).containsExactly("layout-firm");
		assertThat(neighbours("layout-school")).containsExactly("layout-other", "layout-school");
	}

	@Test
	void shouldMoveFactsStoredWithAStatusPropertyToTheirTypesWhenTheSchemaIsApplied() {
		write("ASSERTED", "ASSERTED", "ASSERTED");
		// As a database written before the layout holds them.
		this.store.write(
				"""
						MATCH (a)-[r]->(b) WHERE r.id STARTS WITH 'layout-'
						CREATE (a)-[n:PARTNERS_WITH]->(b) SET n = properties(r),
						  n.status = CASE r.id WHEN 'layout-r1' THEN 'ASSERTED' WHEN 'layout-r2' THEN 'CANDIDATE' ELSE 'DEPRECATED' END
						DELETE r
						""",
				Map.of(), (r) -> r);
		assertThat(neighbours("layout-other")).containsExactly("layout-firm", "layout-other", "layout-school");
		this.schema.apply();
		assertThat(storedTypes()).containsExactlyInAnyOrderEntriesOf(Map.of("layout-r1", "PARTNERS_WITH", "layout-r2",
				"CANDIDATE_PARTNERS_WITH", "layout-r3", "DEPRECATED_PARTNERS_WITH"));
		assertThat(this.store.read("MATCH ()-[r {id: 'layout-r3'}]->() RETURN r.kind + ' ' + r.since AS s", Map.of(),
				(r) -> r.get("s").asString()))
			.containsExactly("OTHER 2020");
		assertThat(neighbours("layout-other")).containsExactly("layout-other");
	}

}
