package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export → empty database → import gives the same graph, checked by the canonical
 * checksum of every node, relationship and property; two exports are byte-identical;
 * importing the same folder again changes nothing.
 */
@IntegrationTest
class RoundTripTests {

	@Autowired
	GraphStore store;

	@Autowired
	InterchangeExporter exporter;

	@Autowired
	Importer importer;

	@Autowired
	GraphChecksum checksum;

	@TempDir
	Path dir;

	@Test
	void shouldRestoreTheSameGraphFromAnExportIntoAnEmptyDatabase() throws IOException {
		String before = this.checksum.compute();
		Path first = this.dir.resolve("first");
		Path second = this.dir.resolve("second");
		InterchangeExporter.Exported exported = this.exporter.export(first);
		this.exporter.export(second);
		for (String file : new String[] { Interchange.DOCUMENTS, Interchange.NODES, Interchange.RELATIONS }) {
			assertThat(Files.readAllBytes(second.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(first.resolve(file)));
		}
		assertThat(exported.nodes()).isGreaterThan(25);
		try {
			this.store.write("MATCH (n) WHERE n:Organization OR n:Document DETACH DELETE n", Map.of(), (r) -> r);
			assertThat(this.checksum.compute()).isNotEqualTo(before);
		}
		finally {
			this.importer.load(ResourceFolder.of(first), first.toString(), (n) -> {
			}, (n) -> {
			});
		}
		assertThat(this.checksum.compute()).isEqualTo(before);
		// Idempotent: the same folder again changes nothing, timestamps and versions
		// included.
		this.importer.load(ResourceFolder.of(first), first.toString(), (n) -> {
		}, (n) -> {
		});
		assertThat(this.checksum.compute()).isEqualTo(before);
	}

	@Test
	void shouldExportEveryPropertyInTheInterchangeColumns() throws IOException {
		this.exporter.export(this.dir);
		String nodes = Files.readString(this.dir.resolve(Interchange.NODES));
		assertThat(nodes.lines().findFirst())
			.hasValue("id,kind,name,nameEn,aliases,region,founded,identifiers,description,form,honours,declaredModel,"
					+ "declaredModelSources,declaredModelEvidence,createdAt,updatedAt,version");
		assertThat(nodes).contains("chimelong-group,ENTERPRISE,长隆集团有限公司,\"Chimelong Group Co., Ltd.\","
				+ "长隆集团|长隆|Chimelong|Chimelong Group,");
		long unexported = this.store.read("""
				MATCH (o:Organization) UNWIND keys(o) AS key
				WITH DISTINCT key WHERE NOT key IN $columns RETURN count(key) AS n
				""", Map.of("columns", columns()), (r) -> r.get("n").asLong()).get(0);
		assertThat(unexported).as("organisation properties without a column").isZero();
	}

	private static java.util.List<String> columns() {
		java.util.List<String> columns = new java.util.ArrayList<>(Interchange.NODE_COLUMNS);
		columns.addAll(Interchange.NODE_EXTRA_COLUMNS);
		return columns;
	}

}
