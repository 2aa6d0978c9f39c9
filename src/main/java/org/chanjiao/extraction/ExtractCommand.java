package org.chanjiao.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.chanjiao.extraction.KnownNames.Org;
import org.chanjiao.extraction.SourcesFile.Source;
import org.chanjiao.organization.MergedIds;
import org.chanjiao.system.CommandLine.Invocation;
import org.chanjiao.system.Subcommands;
import org.chanjiao.transfer.ImportException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code extract FILE|DIR [--out DIR] [--reporter ID]} subcommand
 * ({@link Subcommands}). Given a report (text, PDF or HTML) it links the report's
 * organisations to the configured database's names, prints the candidates as a table and
 * writes them in the interchange format to DIR (default {@code extracted/<document id>})
 * for {@code import}. Given a folder, it extracts every {@code .txt}, {@code .pdf} and
 * {@code .html} document in it, in file-name order, as one corpus
 * ({@link CorpusExtractor}), with where each comes from read from the folder's
 * {@code sources.csv} ({@link SourcesFile}), and writes one interchange folder (default
 * {@code extracted/<folder name>}). Writes nothing to the database. Exit code 0 on
 * success, 2 when the report, {@code sources.csv} or the reporter is refused (nothing
 * written), 1 for a usage error.
 */
@Component
@Profile("command")
class ExtractCommand implements ApplicationRunner, ExitCodeGenerator {

	private final CandidateStore candidates;

	private final ExtractionProperties properties;

	private final Invocation invocation;

	private final MergedIds mergedIds;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	ExtractCommand(CandidateStore candidates, ExtractionProperties properties, Invocation invocation,
			MergedIds mergedIds) {
		this.candidates = candidates;
		this.properties = properties;
		this.invocation = invocation;
		this.mergedIds = mergedIds;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.invocation.is(Subcommands.EXTRACT)) {
			return;
		}
		Path input = Path.of(this.invocation.operand(0));
		String outDir = this.invocation.option("out", null);
		// The id of a merged organisation stands for its survivor.
		String reporter = this.mergedIds.resolve(this.invocation.option("reporter", null));
		this.exitCode = Files.isDirectory(input) ? extractCorpus(input, outDir, reporter)
				: extract(input, outDir, reporter);
	}

	private int extract(Path file, String outDir, String reporterId) {
		ReportReader.Report report;
		try {
			report = new ReportReader(this.properties).readReport(file);
		}
		catch (ReportRejectedException ex) {
			this.err.println("extract: refused, " + ex.getMessage() + "; nothing written");
			return 2;
		}
		KnownNames known = this.candidates.knownNames();
		Org reporter = null;
		if (reporterId != null) {
			reporter = known.byId(reporterId).orElse(null);
			if (reporter == null) {
				refuseReporter(reporterId);
				return 2;
			}
		}
		String documentId = documentId(file);
		Extraction extraction = new ReportExtractor(known).extract(report.text(), reporter)
			.withOwnGenericNames(documentId);
		Set<String> existing = this.candidates
			.existingRelations(extraction.relations().stream().map(ExtractedRelation::id).toList());
		Path dir = Path.of((outDir != null) ? outDir : "extracted/" + documentId);
		String title = (report.title() != null) ? report.title() : file.getFileName().toString();
		int written = CandidateFolderWriter.write(dir, extraction, documentId, title, existing);
		printTable(extraction, existing);
		this.out.printf(
				"extracted %d organisations (%d new), %d relations (%d already in the graph, %d unresolved"
						+ (reporter == null ? ", give --reporter ID for 我校/学校" : "") + ") from %s%n",
				extraction.organizations().size(), extraction.proposed().size(), extraction.relations().size(),
				existing.size(), extraction.unresolved(), file);
		this.out.printf("wrote %d organisations and %d candidate relations to %s; load them with: import %s%n",
				extraction.proposed().size(), written, dir.toAbsolutePath(), dir);
		return 0;
	}

	private void refuseReporter(String reporterId) {
		this.err.println("extract: refused, --reporter " + reporterId
				+ ": no organisation with that id in the database; nothing written");
	}

	private int extractCorpus(Path folder, String outDir, String reporterId) {
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(Files::isRegularFile).filter(ExtractCommand::isDocument).sorted().toList();
		}
		catch (IOException ex) {
			this.err
				.println("extract: refused, " + folder + " cannot be read: " + ex.getMessage() + "; nothing written");
			return 2;
		}
		if (files.isEmpty()) {
			this.err.println("extract: refused, " + folder + " holds no .txt, .pdf or .html document; nothing written");
			return 2;
		}
		Map<String, Source> sources;
		try {
			sources = SourcesFile.read(folder, files.stream().map((f) -> f.getFileName().toString()).toList());
		}
		catch (ImportException ex) {
			this.err.println("extract: refused, " + folder.resolve(SourcesFile.NAME) + " has " + ex.getMessage());
			return 2;
		}
		List<KnownNames.Entry> entries = this.candidates.knownNameEntries();
		Org reporter = null;
		if (reporterId != null) {
			reporter = entries.stream()
				.filter((e) -> e.id().equals(reporterId))
				.findFirst()
				.map((e) -> new Org(e.id(), e.name(), e.kind(), true))
				.orElse(null);
			if (reporter == null) {
				refuseReporter(reporterId);
				return 2;
			}
		}
		CorpusExtractor corpus = new CorpusExtractor(entries, reporter);
		ReportReader reader = new ReportReader(this.properties);
		Map<String, String> skipped = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		long characters = 0;
		long start = System.nanoTime();
		try (ProgressBar bar = new ProgressBarBuilder().setTaskName("extract")
			.setInitialMax(files.size())
			.setUnit(" documents", 1)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(500)
			.build()) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				try {
					ReportReader.Report report = reader.readReport(file);
					Source source = sources.getOrDefault(name, Source.none(name));
					String title = (source.title() != null) ? source.title()
							: (report.title() != null) ? report.title() : name;
					corpus.add(new CorpusExtractor.Document(uniqueId(file, ids), title, source.publisher(),
							source.year(), source.url()), report.text());
					characters += report.text().length();
				}
				catch (ReportRejectedException ex) {
					skipped.put(name, ex.getMessage());
				}
				bar.step();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		CorpusExtractor.Result result = corpus.result();
		Set<String> existing = this.candidates
			.existingRelations(result.relations().stream().map((r) -> r.relation().id()).toList());
		Path dir = Path.of((outDir != null) ? outDir : "extracted/" + documentId(folder.toAbsolutePath().normalize()));
		int written = CandidateFolderWriter.write(dir, result, existing);
		long linked = result.organizations().stream().filter(Org::known).count();
		long multiple = result.relations().stream().filter((r) -> r.sources().size() > 1).count();
		this.out.printf("extracted %d documents (%,d characters) in %.1f s: %d organisations (%d linked to the graph, "
				+ "%d new), %d relations (%d stated in more than one document, %d already in the graph, %d unresolved"
				+ (reporter == null ? ", give --reporter ID for 我校/学校" : "") + ")%n", result.documents().size(),
				characters, seconds, result.organizations().size(), linked, result.organizations().size() - linked,
				result.relations().size(), multiple, existing.size(), result.unresolved());
		skipped.forEach((name, reason) -> this.err.println("extract: skipped " + name + ": " + reason));
		if (!skipped.isEmpty()) {
			this.out.printf("skipped %d document(s) that could not be read (listed above)%n", skipped.size());
		}
		this.out.printf(
				"wrote %d documents, %d organisations and %d candidate relations to %s; load them with: "
						+ "import %s%n",
				result.documents().size(), result.proposed().size(), written, dir.toAbsolutePath(), dir);
		return 0;
	}

	private static boolean isDocument(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".txt") || name.endsWith(".pdf") || name.endsWith(".html") || name.endsWith(".htm");
	}

	/**
	 * The document id of a file of a corpus: as for a single report, and when two files
	 * give the same id (a.txt and a.pdf), the later one's with its extension.
	 */
	private static String uniqueId(Path file, Set<String> taken) {
		String id = documentId(file);
		if (!taken.add(id)) {
			String name = file.getFileName().toString();
			String withExtension = id + "-" + name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			id = withExtension;
			for (int n = 2; !taken.add(id); n++) {
				id = withExtension + "-" + n;
			}
		}
		return id;
	}

	private void printTable(Extraction extraction, Set<String> existing) {
		this.out.println("ORGANISATIONS");
		this.out.printf("%-12s %-20s %-8s %s%n", "id", "kind", "status", "name");
		for (Org org : extraction.organizations()) {
			this.out.printf("%-12s %-20s %-8s %s%n", org.id(), org.kind(), org.known() ? "linked" : "new", org.name());
		}
		this.out.println("RELATIONS");
		this.out.printf("%-16s %-10s %-16s %-8s %s%n", "type", "role/kind", "status", "since", "from → to | evidence");
		for (ExtractedRelation r : extraction.relations()) {
			Object qualifier = (r.qualifier() != null) ? r.qualifier() : "";
			if (r.stage() != null) {
				qualifier = r.stage();
			}
			this.out.printf("%-16s %-10s %-16s %-8s %s → %s | %s%n", r.type(), qualifier,
					existing.contains(r.id()) ? "IN_GRAPH" : "CANDIDATE", (r.since() != null) ? r.since() : "",
					r.from().name(), r.to().name(), r.evidence());
		}
	}

	/**
	 * A document id from the file (or folder) name without its extension: its letters and
	 * digits, else a hash of it.
	 */
	static String documentId(Path file) {
		String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]+$", "");
		String slug = name.replaceAll("[^A-Za-z0-9._~-]+", "-").replaceAll("(^[-._~]+|-+$)", "");
		if (slug.length() < 3 || slug.length() > 100) {
			slug = KnownNames.proposedId(name).replace("x-", "report-");
		}
		return slug;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
