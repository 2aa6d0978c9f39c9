package org.chanjiao.transfer;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.chanjiao.history.History;
import org.chanjiao.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Imports an interchange folder: validates all of it first (every problem reported,
 * nothing written), then writes it in journalled batches (all or nothing, see
 * {@link GraphWriter}), merging on stable ids so that importing the same folder twice
 * changes nothing. The import is recorded in the history with who ran it and what it
 * wrote.
 */
@Component
public class Importer {

	private static final Logger log = LoggerFactory.getLogger(Importer.class);

	private final GraphWriter writer;

	private final GraphStore store;

	private final TransferProperties properties;

	Importer(GraphWriter writer, GraphStore store, TransferProperties properties) {
		this.writer = writer;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * What an import did.
	 *
	 * @param rowsPerSecond rows written per second, validation included
	 */
	public record Imported(int documents, int nodes, int relations, long millis, long rowsPerSecond) {
	}

	/** Validates the folder; nothing is written. */
	public Dataset validate(InterchangeReader.Folder folder) {
		return InterchangeReader.read(folder, this.writer.knownGraph());
	}

	/**
	 * Validates and writes a folder.
	 * @param source a description of the folder for the history
	 * @param onTotal told the number of rows to write, before writing
	 * @param progress told the number of rows written so far
	 * @throws ImportException when a row is bad; nothing is written then
	 */
	public Imported load(InterchangeReader.Folder folder, String source, LongConsumer onTotal, LongConsumer progress) {
		long started = System.nanoTime();
		Dataset dataset = validate(folder);
		log.info("Validated {} in {} ms", source, (System.nanoTime() - started) / 1_000_000);
		onTotal.accept(dataset.documents().size() + dataset.nodes().size() + dataset.relations().size());
		GraphWriter.Written written = this.writer.write(dataset, this.properties.timeout(), progress);
		long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
		long rows = written.documents() + written.nodes() + written.relations();
		Imported imported = new Imported(written.documents(), written.nodes(), written.relations(), millis,
				rows * 1000 / millis);
		this.store.write("""
				CREATE (c:Change {id: randomUUID(), at: $at, actor: $actor, action: 'IMPORT', subjects: [],
				  after: $after})
				""",
				Map.of("at", History.now(), "actor", History.actor(), "after", History.json(Map.of("source", source,
						"documents", written.documents(), "nodes", written.nodes(), "relations", written.relations()))),
				(r) -> r);
		log.info("Imported {}: {} documents, {} organisations, {} relations in {} ms ({} rows/s)", source,
				written.documents(), written.nodes(), written.relations(), millis, imported.rowsPerSecond());
		return imported;
	}

	static List<String> describe(ImportException ex) {
		return ex.getProblems().stream().map(ImportProblem::toString).toList();
	}

}
