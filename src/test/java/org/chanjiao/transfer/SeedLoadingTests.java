package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.StoredType;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.EmbeddedNeo4j;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The seeds as loaded on first start: complete, idempotent, and all-or-nothing. */
@IntegrationTest
class SeedLoadingTests {

	@Autowired
	GraphStore store;

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphChecksum checksum;

	@Autowired
	EmbeddedNeo4j embedded;

	@TempDir
	Path dir;

	@Test
	void shouldHaveLoadedEverySeedRowOnFirstStart() {
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		Map<String, Long> counts = counts();
		assertThat(counts.get("organizations")).isEqualTo(seeds.nodes().size());
		assertThat(counts.get("relations")).isEqualTo(seeds.relations().size());
		assertThat(counts.get("documents")).isEqualTo(seeds.documents().size());
		assertThat(this.store.read("MATCH (o:School {id: 'gdep'}) RETURN o.kind AS kind, labels(o) AS labels", Map.of(),
				(r) -> r.get("kind").asString() + r.get("labels").asList().toString()))
			.containsExactly("SCHOOL[Organization, School]");
	}

	@Test
	void shouldChangeNothingWhenTheSeedsAreLoadedAgain() {
		Map<String, Long> before = counts();
		Dataset seeds = InterchangeReader.read(ResourceFolder.of("classpath:seeds/"), this.writer.knownGraph());
		this.writer.write(seeds, Duration.ofMinutes(1), (n) -> {
		});
		this.writer.write(seeds, Duration.ofMinutes(1), (n) -> {
		});
		assertThat(counts()).isEqualTo(before);
		assertThat(this.store.read(
				"MATCH (o:Organization {id: 'chimelong-group'}) RETURN o.version AS v, " + "o.aliases AS aliases",
				Map.of(), (r) -> r.get("v").asLong() + " " + r.get("aliases").asList()))
			.containsExactly("0 [长隆集团, 长隆, Chimelong, Chimelong Group]");
	}

	@Test
	void shouldWriteNothingWhenOneRowIsBad() throws IOException {
		Map<String, Long> before = counts();
		// A good new organisation and relation, then a relation to an id that exists
		// nowhere.
		Files.writeString(this.dir.resolve("nodes.csv"),
				InterchangeReaderTests.NODES_HEADER + "bad-load-firm,ENTERPRISE,坏数据测试有限公司,,,,,,\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.dir.resolve("relations.csv"),
				InterchangeReaderTests.RELATIONS_HEADER + "bad-load-firm,chimelong-college,CO_FOUNDED,PARTNER,,,,,\n"
						+ "bad-load-firm,no-such-college,CO_FOUNDED,PARTNER,,,,,\n",
				StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> InterchangeReader.read(ResourceFolder.of(this.dir), this.writer.knownGraph()))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.hasToString("relations.csv:3 column to: no organisation with id 'no-such-college'"));
		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * A dataset that passed validation, and a writer that fails (as a full disk or a lost
	 * connection would) after its batches of documents and organisations committed, at
	 * its first batch of relationships: the import is rolled back, nothing written.
	 */
	@Test
	void shouldWriteNothingWhenTheWriterFailsAfterValidation() throws IOException {
		String before = this.checksum.compute();
		Files.writeString(this.dir.resolve("nodes.csv"),
				InterchangeReaderTests.NODES_HEADER + "failing-write-firm,ENTERPRISE,写入失败测试有限公司,,,,,,\n",
				StandardCharsets.UTF_8);
		Files.writeString(this.dir.resolve("relations.csv"), InterchangeReaderTests.RELATIONS_HEADER
				+ "failing-write-firm,chimelong-college,CO_FOUNDED,PARTNER,,,,,\n", StandardCharsets.UTF_8);
		Dataset valid = InterchangeReader.read(ResourceFolder.of(this.dir), this.writer.knownGraph());
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		// The seeds changed (each organisation renamed) plus the valid new rows.
		List<Dataset.NodeRow> nodes = new ArrayList<>(valid.nodes());
		for (Dataset.NodeRow node : seeds.nodes()) {
			Map<String, Object> properties = new java.util.HashMap<>(node.properties());
			properties.put("name", node.properties().get("name") + "（写入失败）");
			nodes.add(new Dataset.NodeRow(node.line(), node.id(), node.kind(), properties));
		}
		List<String> written = new ArrayList<>();
		BatchTarget real = new EmbeddedBatches(this.embedded::database);
		BatchTarget failing = new BatchTarget() {

			@Override
			public void documents(String run, List<Dataset.DocumentRow> batch, long timeoutMillis) {
				real.documents(run, batch, timeoutMillis);
				written.add("documents");
			}

			@Override
			public void nodes(String run, OrgKind kind, List<Dataset.NodeRow> batch, String now, long timeoutMillis) {
				real.nodes(run, kind, batch, now, timeoutMillis);
				written.add(kind.name());
			}

			@Override
			public void relations(String run, StoredType type, List<Dataset.RelationRow> batch, String now,
					long timeoutMillis) {
				throw new IllegalStateException("injected: the disk is full");
			}

		};
		GraphWriter writer = new GraphWriter(this.store,
				new TransferProperties(Duration.ofMinutes(5), 1000, true, Duration.ofMinutes(10)), failing);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> writer
			.write(new Dataset(seeds.documents(), nodes, valid.relations()), Duration.ofMinutes(1), (n) -> {
			})).withMessage("injected: the disk is full");
		assertThat(written).as("batches committed before the failure").contains("documents", "ENTERPRISE");
		assertThat(this.checksum.compute()).as("the graph after the failed write").isEqualTo(before);
		assertThat(this.store.read("MATCH (o:Organization {id: 'failing-write-firm'}) RETURN o", Map.of(), (r) -> r))
			.isEmpty();
		assertThat(this.store.read("MATCH (u:ImportUndo) RETURN u", Map.of(), (r) -> r)).isEmpty();
	}

	@Test
	void shouldRollBackEverythingWhenTheWriteFailsHalfway() {
		Map<String, Long> before = counts();
		Dataset seeds = InterchangeReader.read(ResourceFolder.of(Path.of("seeds")), this.writer.knownGraph());
		List<Dataset.NodeRow> nodes = new ArrayList<>(seeds.nodes());
		nodes.add(new Dataset.NodeRow(2, "rollback-probe", OrgKind.ENTERPRISE, Map.of("name", "回滚测试有限公司")));
		// A relation whose end vanished between validation and write: the nodes are
		// written
		// first, then this fails, and the whole transaction must roll back.
		List<Dataset.RelationRow> relations = new ArrayList<>(seeds.relations());
		relations.add(new Dataset.RelationRow(3, "r-dangling", "rollback-probe", "vanished", RelationType.PARTNERS_WITH,
				Map.of("status", "ASSERTED", "kind", "OTHER")));
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> this.writer
			.write(new Dataset(seeds.documents(), nodes, relations), Duration.ofMinutes(1), (n) -> {
			})).withMessageContaining("an end was deleted while the import ran");
		assertThat(counts()).isEqualTo(before);
		assertThat(this.store.read("MATCH (o:Organization {id: 'rollback-probe'}) RETURN o", Map.of(), (r) -> r))
			.isEmpty();
	}

	private Map<String, Long> counts() {
		return this.store
			.read("""
					RETURN COUNT { (:Organization) } AS organizations, COUNT { ()-[]->() } AS relations,
					       COUNT { (:Document) } AS documents
					""", Map.of(),
					(r) -> Map.of("organizations", r.get("organizations").asLong(), "relations",
							r.get("relations").asLong(), "documents", r.get("documents").asLong()))
			.get(0);
	}

}
