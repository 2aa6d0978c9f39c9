package org.chanjiao.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.extraction.CorpusExtractor.CorpusRelation;
import org.chanjiao.extraction.CorpusExtractor.Document;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.transfer.Interchange;

/**
 * Writes an extraction in the interchange format, for {@code import}: the proposed
 * organisations in {@code nodes.csv} (linked ones are referred to by id), the
 * relationships with status CANDIDATE in {@code relations.csv}, the reports in
 * {@code documents.csv} (with a {@code url} column when a report has a URL).
 */
final class CandidateFolderWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private CandidateFolderWriter() {
	}

	/**
	 * Writes one report's extraction.
	 * @param skip ids of relationships not to write (the graph holds them already)
	 * @return the number of relationships written
	 */
	static int write(Path dir, Extraction extraction, String documentId, String title, Set<String> skip) {
		List<CorpusRelation> relations = extraction.relations()
			.stream()
			.map((r) -> new CorpusRelation(r, r.since(), List.of(documentId), List.of(r.evidence())))
			.toList();
		return write(dir, List.of(new Document(documentId, title, null, null, null)), extraction.proposed(),
				(org) -> "proposed by extraction from " + documentId, relations, skip);
	}

	/**
	 * Writes a corpus's extraction: every document, each proposed organisation once, each
	 * relationship once with all the documents that state it.
	 * @param skip ids of relationships not to write (the graph holds them already)
	 * @return the number of relationships written
	 */
	static int write(Path dir, CorpusExtractor.Result result, Set<String> skip) {
		return write(dir, result.documents(), result.proposed(), (org) -> {
			List<String> documents = result.namedIn().getOrDefault(org.id(), List.of());
			String first = documents.isEmpty() ? "" : documents.get(0);
			return "proposed by extraction from " + first
					+ ((documents.size() > 1) ? " and " + (documents.size() - 1) + " more document(s)" : "");
		}, result.relations(), skip);
	}

	private static int write(Path dir, List<Document> documentRows, List<Org> proposed,
			Function<Org, String> description, List<CorpusRelation> all, Set<String> skip) {
		try {
			Files.createDirectories(dir);
			// The url column only where a document has one: a single report's folder
			// stays
			// as it was.
			boolean urls = documentRows.stream().anyMatch((d) -> d.url() != null);
			try (CSVPrinter documents = printer(dir.resolve(Interchange.DOCUMENTS))) {
				List<String> columns = new ArrayList<>(Interchange.DOCUMENT_COLUMNS);
				if (urls) {
					columns.addAll(Interchange.DOCUMENT_EXTRA_COLUMNS);
				}
				documents.printRecord(columns);
				for (Document document : documentRows) {
					List<String> cells = new ArrayList<>(List.of(document.id(), cell(document.title()),
							cell(document.publisher()), cell(document.year())));
					if (urls) {
						cells.add(cell(document.url()));
					}
					documents.printRecord(cells);
				}
			}
			List<CorpusRelation> relations = all.stream().filter((r) -> !skip.contains(r.relation().id())).toList();
			try (CSVPrinter nodes = printer(dir.resolve(Interchange.NODES))) {
				nodes.printRecord(Interchange.NODE_COLUMNS);
				for (Org org : proposed) {
					nodes.printRecord(org.id(), org.kind().name(), org.name(), "", "", "", "", "",
							description.apply(org));
				}
			}
			try (CSVPrinter out = printer(dir.resolve(Interchange.RELATIONS))) {
				List<String> columns = new ArrayList<>(Interchange.RELATION_COLUMNS);
				columns.addAll(Arrays.asList("kind", "title", "level", "stage"));
				out.printRecord(columns);
				for (CorpusRelation row : relations) {
					ExtractedRelation r = row.relation();
					out.printRecord(r.from().id(), r.to().id(), r.type().name(), cell(r.role()), cell(row.since()), "",
							"CANDIDATE", String.join(Interchange.LIST_SEPARATOR, row.sources()),
							row.evidence()
								.stream()
								.map((quote) -> quote.replace(Interchange.LIST_SEPARATOR, "｜"))
								.collect(Collectors.joining(Interchange.LIST_SEPARATOR)),
							cell(r.kind()), cell(r.title()), cell(r.level()), cell(r.stage()));
				}
			}
			return relations.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String cell(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static CSVPrinter printer(Path file) throws IOException {
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, FORMAT);
	}

}
