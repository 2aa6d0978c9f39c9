package org.chanjiao.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.organization.StoredType;
import org.chanjiao.store.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

/**
 * Writes the whole knowledge graph in the interchange format: every property of every
 * organisation, relationship and document, in the columns {@link InterchangeReader}
 * reads, rows sorted by id, so that two exports of the same graph are byte-identical and
 * an import of the export into an empty database gives the same graph
 * ({@link GraphChecksum}). All three files are read in one transaction: a consistent
 * snapshot.
 */
@Component
public class InterchangeExporter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private final GraphStore store;

	private final TransferProperties properties;

	InterchangeExporter(GraphStore store, TransferProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** Counts of what an export wrote. */
	public record Exported(int documents, int nodes, int relations) {
	}

	/** Opens an output for one file of the folder. */
	@FunctionalInterface
	public interface Target {

		OutputStream open(String fileName) throws IOException;

	}

	public Exported export(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return export((name) -> Files.newOutputStream(dir.resolve(name)));
	}

	public Exported export(Target target) {
		return this.store.inRead((tx) -> {
			List<String> documentColumns = new ArrayList<>(Interchange.DOCUMENT_COLUMNS);
			documentColumns.addAll(Interchange.DOCUMENT_EXTRA_COLUMNS);
			int documents = write(target, Interchange.DOCUMENTS, documentColumns,
					tx.run("MATCH (d:Document) RETURN d AS e, null AS type, null AS from, null AS to ORDER BY d.id")
						.list());
			List<String> nodeColumns = new ArrayList<>(Interchange.NODE_COLUMNS);
			nodeColumns.addAll(Interchange.NODE_EXTRA_COLUMNS);
			int nodes = write(target, Interchange.NODES, nodeColumns,
					tx.run("MATCH (o:Organization) RETURN o AS e, null AS type, null AS from, null AS to ORDER BY o.id")
						.list());
			List<String> relationColumns = new ArrayList<>(Interchange.RELATION_COLUMNS);
			relationColumns.addAll(Interchange.RELATION_EXTRA_COLUMNS);
			// A fact's type and status are its relationship's type (StoredType).
			int relations = write(target, Interchange.RELATIONS, relationColumns, tx.run("""
					MATCH (a:Organization)-[r]->(b:Organization) WHERE type(r) IN $types
					RETURN r AS e, type(r) AS stored, a.id AS from, b.id AS to ORDER BY r.id
					""", Map.of("types", StoredType.all())).list());
			return new Exported(documents, nodes, relations);
		}, this.properties.timeout());
	}

	private static int write(Target target, String file, List<String> columns, List<Record> rows) {
		try (Writer writer = new OutputStreamWriter(target.open(file), StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord(columns);
			for (Record row : rows) {
				Value entity = row.get("e");
				List<String> cells = new ArrayList<>(columns.size());
				for (String column : columns) {
					Value value = switch (column) {
						case "type" -> row.keys().contains("stored")
								? Values.value(StoredType.of(row.get("stored").asString()).type().name())
								: row.get("type");
						case "status" -> row.keys().contains("stored")
								? Values.value(StoredType.of(row.get("stored").asString()).status().name())
								: entity.get(column);
						case "from" -> row.get("from");
						case "to" -> row.get("to");
						default -> entity.get(column);
					};
					cells.add(cell(value));
				}
				printer.printRecord(cells);
			}
			return rows.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String cell(Value value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if ("LIST".equals(value.type().name()) || value.type().name().startsWith("LIST")) {
			return String.join(Interchange.LIST_SEPARATOR, value.asList((v) -> cellItem(v)));
		}
		return cellItem(value);
	}

	private static String cellItem(Value value) {
		return switch (value.type().name()) {
			case "STRING" -> value.asString();
			default -> String.valueOf(value.asObject());
		};
	}

}
