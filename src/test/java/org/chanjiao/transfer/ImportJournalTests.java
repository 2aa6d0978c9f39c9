package org.chanjiao.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.EmbeddedNeo4j;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An import is written in batches of its own transactions and journalled, so that a
 * failure in any batch, or a crash, leaves the database exactly as it was. Small batches
 * (two rows) make the seeds span many transactions.
 */
@IntegrationTest
class ImportJournalTests {

	@Autowired
	GraphStore store;

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphChecksum checksum;

	@LocalServerPort
	int port;

	/**
	 * The seeds are in the database (other test classes may have emptied it): the tests
	 * compare checksums before and after, and rows the seeds create get a new createdAt.
	 */
	@BeforeEach
	void seedsLoaded() {
		this.writer.write(InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph()),
				Duration.ofMinutes(1), (n) -> {
				});
	}

	@AfterEach
	void noImportLeftRunning() {
		this.writer.recover();
		assertThat(count("MATCH (u:ImportUndo) RETURN count(u)")).isZero();
	}

	@Autowired
	EmbeddedNeo4j embedded;

	/**
	 * A writer of two-row batches, through Cypher over the driver or through the Java API
	 * of the in-process database.
	 */
	GraphWriter smallBatches(boolean inProcess) {
		return new GraphWriter(this.store,
				new TransferProperties(Duration.ofMinutes(5), 2, inProcess, Duration.ofMinutes(10)),
				inProcess ? new EmbeddedBatches(this.embedded::database) : null);
	}

	/**
	 * The seeds with every organisation renamed and relabelled where possible, every
	 * relation's year changed (so that each existing row is overwritten) and two of three
	 * relations' status (so that they move to another relationship type), three new
	 * organisations, and, last, a relation whose end does not exist.
	 */
	Dataset changedSeedsEndingInADanglingRelation() {
		Dataset changed = changedSeeds();
		List<Dataset.RelationRow> relations = new ArrayList<>(changed.relations());
		// The last PARTNERS_WITH row: its batch fails after every earlier batch
		// committed.
		relations.add(new Dataset.RelationRow(201, "partners_with-zz-dangling", "journal-probe-0", "vanished",
				RelationType.PARTNERS_WITH, Map.of("status", "ASSERTED", "kind", "OTHER")));
		return new Dataset(changed.documents(), changed.nodes(), relations);
	}

	Dataset changedSeeds() {
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		List<Dataset.NodeRow> nodes = new ArrayList<>();
		for (Dataset.NodeRow node : seeds.nodes()) {
			Map<String, Object> properties = new HashMap<>(node.properties());
			properties.put("name", node.properties().get("name") + "（改）");
			properties.put("description", null);
			nodes.add(new Dataset.NodeRow(node.line(), node.id(), node.kind(), properties));
		}
		for (int i = 0; i < 3; i++) {
			nodes.add(new Dataset.NodeRow(100 + i, "journal-probe-" + i, OrgKind.ENTERPRISE, Map.of("name",
					"日志测试有限公司" + i, "aliases", List.of(), "founded", 2001L + i, "createdAt", "2026-01-01T00:00:00Z")));
		}
		List<Dataset.RelationRow> relations = new ArrayList<>();
		int i = 0;
		for (Dataset.RelationRow relation : seeds.relations()) {
			Map<String, Object> properties = new HashMap<>(relation.properties());
			properties.put("since", 1999L);
			// A changed status moves the relationship to another stored type
			// (StoredType);
			// undoing moves it back.
			properties.put("status", List.of("ASSERTED", "CANDIDATE", "DEPRECATED").get(i++ % 3));
			relations.add(new Dataset.RelationRow(relation.line(), relation.id(), relation.from(), relation.to(),
					relation.type(), properties));
		}
		relations.add(new Dataset.RelationRow(200, "partners_with-probe", "journal-probe-0", "journal-probe-1",
				RelationType.PARTNERS_WITH, Map.of("status", "ASSERTED", "kind", "OTHER", "sources", List.of("d1"),
						"evidence", List.of("引文"), "createdAt", "2026-01-02T00:00:00Z")));
		return new Dataset(seeds.documents(), nodes, relations);
	}

	@ParameterizedTest(name = "in process: {0}")
	@ValueSource(booleans = { false, true })
	void shouldRestoreEveryOverwrittenRowAndDeleteEveryCreatedOneWhenALaterBatchFails(boolean inProcess) {
		String before = this.checksum.compute();
		long changes = count("MATCH (c:Change) RETURN count(c)");
		AtomicInteger batches = new AtomicInteger();
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> smallBatches(inProcess).write(changedSeedsEndingInADanglingRelation(),
					Duration.ofMinutes(5), (n) -> batches.incrementAndGet()))
			.withMessageContaining("an end was deleted while the import ran");
		assertThat(batches.get()).as("batches committed before the failure").isGreaterThan(30);
		assertThat(this.checksum.compute()).isEqualTo(before);
		assertThat(count("MATCH (o:Organization) WHERE o.id STARTS WITH 'journal-probe' RETURN count(o)")).isZero();
		assertThat(count("MATCH (o:Organization) WHERE o.name ENDS WITH '（改）' RETURN count(o)")).isZero();
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
	}

	@ParameterizedTest(name = "in process: {0}")
	@ValueSource(booleans = { false, true })
	void shouldRollBackAnImportACrashInterruptedAtTheNextStart(boolean inProcess) {
		String before = this.checksum.compute();
		GraphWriter writer = smallBatches(inProcess);
		String run = writer.begin();
		AtomicInteger batches = new AtomicInteger();
		// The process "dies" after the tenth batch: no rollback runs.
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> writer.writeBatches(run,
				changedSeedsEndingInADanglingRelation(), System.nanoTime() + Duration.ofMinutes(5).toNanos(), (n) -> {
					if (batches.incrementAndGet() == 10) {
						throw new IllegalStateException("power cut");
					}
				}));
		assertThat(this.checksum.compute()).as("ten batches are in the database").isNotEqualTo(before);
		assertThat(count("MATCH (u:ImportUndo {run: '" + run + "'}) RETURN count(u)")).isPositive();
		// Its last batch is recent: another instance sharing the database leaves it
		// alone.
		assertThat(writer.recover(Duration.ofMinutes(10))).isFalse();
		assertThat(this.checksum.compute()).isNotEqualTo(before);
		// The database is in this JVM, so no one else can be writing it: rolled back.
		assertThat(this.writer.recover()).isTrue();
		assertThat(this.checksum.compute()).isEqualTo(before);
		assertThat(this.writer.recover()).as("nothing left to recover").isFalse();
	}

	@Test
	void shouldRefuseASecondImportAndCuratorsWritesWhileOneRuns() {
		String run = this.writer.begin();
		try {
			Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
			assertThatExceptionOfType(ConflictException.class)
				.isThrownBy(() -> this.writer.write(seeds, Duration.ofMinutes(1), (n) -> {
				}))
				.withMessageContaining("still running");
			GraphQlOverHttp.at(this.port)
				.mutate()
				.header("Authorization", "Bearer editor-token-for-tests")
				.build()
				.document("""
						mutation { createOrganization(input: {id: "journal-curator", name: "导入期间新建公司",
						  kind: ENTERPRISE}) { id } }""")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getMessage()).contains("import is being written");
					assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
				}));
			assertThat(count("MATCH (o:Organization {id: 'journal-curator'}) RETURN count(o)")).isZero();
		}
		finally {
			this.writer.rollBack(run);
		}
		assertThat(count("MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL RETURN count(m)")).isZero();
	}

	@ParameterizedTest(name = "in process: {0}")
	@ValueSource(booleans = { false, true })
	void shouldLeaveNoJournalAfterASuccessfulImportInManyBatches(boolean inProcess) {
		String before = this.checksum.compute();
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		smallBatches(inProcess).write(seeds, Duration.ofMinutes(1), (n) -> {
		});
		assertThat(this.checksum.compute()).isEqualTo(before);
		assertThat(count("MATCH (u:ImportUndo) RETURN count(u)")).isZero();
		assertThat(count("MATCH (m:Meta {id: 'import'}) WHERE m.running IS NOT NULL RETURN count(m)")).isZero();
	}

	@Autowired
	InterchangeExporter exporter;

	/**
	 * Into a database with no organisation, document or relation (a first load): the
	 * journal undoes a failed load entirely, and a second load of the same rows finds
	 * every row the first one wrote rather than creating it again.
	 */
	@Test
	void shouldUndoAFirstLoadIntoAnEmptyDatabaseAndFindEveryRowOnTheNextLoad(@TempDir Path backup) {
		String before = this.checksum.compute();
		this.exporter.export(backup);
		Dataset dataset = changedSeedsEndingInADanglingRelation();
		try {
			this.store.write("MATCH (n) WHERE n:Organization OR n:Document DETACH DELETE n", Map.of(), (r) -> r);
			String empty = this.checksum.compute();
			assertThatExceptionOfType(ImportException.class)
				.isThrownBy(() -> smallBatches(true).write(dataset, Duration.ofMinutes(5), (n) -> {
				}))
				.withMessageContaining("an end was deleted while the import ran");
			assertThat(this.checksum.compute()).isEqualTo(empty);
			assertThat(count("MATCH (n) WHERE n:Organization OR n:Document RETURN count(n)")).isZero();
			assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isZero();

			Dataset changed = changedSeeds();
			smallBatches(true).write(changed, Duration.ofMinutes(5), (n) -> {
			});
			String loaded = this.checksum.compute();
			assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(changed.nodes().size());
			assertThat(count("MATCH (:Organization)-[r]->(:Organization) RETURN count(r)"))
				.isEqualTo(changed.relations().size());
			// Found, not created twice: the same rows again change nothing.
			smallBatches(true).write(changed, Duration.ofMinutes(5), (n) -> {
			});
			assertThat(this.checksum.compute()).isEqualTo(loaded);
			assertThat(count("MATCH (:Organization)-[r]->(:Organization) RETURN count(r)"))
				.isEqualTo(changed.relations().size());
		}
		finally {
			this.store.write("MATCH (n) WHERE n:Organization OR n:Document DETACH DELETE n", Map.of(), (r) -> r);
			this.writer.write(InterchangeReader.read(ResourceFolder.of(backup), this.writer.knownGraph()),
					Duration.ofMinutes(1), (n) -> {
					});
		}
		assertThat(this.checksum.compute()).isEqualTo(before);
	}

	@Test
	void shouldWriteTheSameGraphThroughCypherAndThroughTheJavaApi() {
		String before = this.checksum.compute();
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		List<String> written = new ArrayList<>();
		for (boolean inProcess : List.of(false, true)) {
			GraphWriter writer = smallBatches(inProcess);
			writer.write(changedSeeds(), Duration.ofMinutes(1), (n) -> {
			});
			written.add(this.checksum.compute());
			// Writing the seeds again puts back every overwritten value.
			writer.write(seeds, Duration.ofMinutes(1), (n) -> {
			});
			this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'journal-probe' DETACH DELETE o", Map.of(),
					(r) -> r);
			assertThat(this.checksum.compute()).isEqualTo(before);
		}
		assertThat(written.get(0)).isNotEqualTo(before).isEqualTo(written.get(1));
	}

	long count(String cypher) {
		return this.store.read(cypher, Map.of(), (r) -> r.get(0).asLong()).get(0);
	}

}
