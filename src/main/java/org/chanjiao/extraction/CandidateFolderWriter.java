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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.transfer.Interchange;

/**
 * Writes an extraction in the interchange format, for {@code import}: every organisation
 * the report names in {@code nodes.csv} — proposed ones with status {@code CANDIDATE},
 * the short forms the report uses as aliases; ones linked to the graph with status
 * {@code LINKED}, named as the report writes them (an import checks that they exist and
 * writes nothing to them) — the relationships with status CANDIDATE in
 * {@code relations.csv}, the report in {@code documents.csv}.
 */
final class CandidateFolderWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private CandidateFolderWriter() {
	}

	/**
	 * @param skip ids of relationships not to write (the graph holds them already)
	 * @return the number of relationships written
	 */
	static int write(Path dir, Extraction extraction, String documentId, String title, Set<String> skip) {
		try {
			Files.createDirectories(dir);
			try (CSVPrinter documents = printer(dir.resolve(Interchange.DOCUMENTS))) {
				documents.printRecord(Interchange.DOCUMENT_COLUMNS);
				documents.printRecord(documentId, title, "", "");
			}
			List<ExtractedRelation> relations = extraction.relations()
				.stream()
				.filter((r) -> !skip.contains(r.id()))
				.toList();
			try (CSVPrinter nodes = printer(dir.resolve(Interchange.NODES))) {
				List<String> columns = new ArrayList<>(Interchange.NODE_COLUMNS);
				columns.add("status");
				nodes.printRecord(columns);
				for (Org org : extraction.organizations()) {
					String written = extraction.writtenName(org);
					if (org.known()) {
						nodes.printRecord(org.id(), org.kind().name(), written, "", "", "", "", "",
								"linked to " + org.name() + " by extraction from " + documentId, "LINKED");
					}
					else {
						List<String> aliases = extraction.mentionedAs()
							.getOrDefault(org.id(), List.of())
							.stream()
							.filter((a) -> !a.equals(written))
							.toList();
						nodes.printRecord(org.id(), org.kind().name(), written, "",
								String.join(Interchange.LIST_SEPARATOR, aliases), "", "", "",
								"proposed by extraction from " + documentId, "CANDIDATE");
					}
				}
			}
			try (CSVPrinter out = printer(dir.resolve(Interchange.RELATIONS))) {
				List<String> columns = new ArrayList<>(Interchange.RELATION_COLUMNS);
				columns.addAll(Arrays.asList("kind", "title", "level", "stage"));
				out.printRecord(columns);
				for (ExtractedRelation r : relations) {
					out.printRecord(r.from().id(), r.to().id(), r.type().name(), cell(r.role()), cell(r.since()), "",
							"CANDIDATE", documentId, r.evidence().replace(Interchange.LIST_SEPARATOR, "｜"),
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
