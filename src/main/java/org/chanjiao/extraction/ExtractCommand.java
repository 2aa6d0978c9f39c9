package org.chanjiao.extraction;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.chanjiao.extraction.KnownNames.Org;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code extract FILE [--out DIR] [--reporter ID]} subcommand: reads a report (text
 * or PDF), links its organisations to the configured database's names, prints the
 * candidates as a table and writes them in the interchange format to DIR (default
 * {@code extracted/<document id>}) for {@code import}. Writes nothing to the database.
 * Exit code 0 on success, 2 when the report or the reporter is refused (nothing written),
 * 1 for a usage error.
 */
@Component
@Profile("command")
class ExtractCommand implements ApplicationRunner, ExitCodeGenerator {

	private final CandidateStore candidates;

	private final ExtractionProperties properties;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	ExtractCommand(CandidateStore candidates, ExtractionProperties properties) {
		this.candidates = candidates;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> args = arguments.getNonOptionArgs();
		if (args.isEmpty() || !"extract".equals(args.get(0))) {
			return;
		}
		if (args.size() != 2) {
			this.err.println("usage: extract FILE [--out DIR] [--reporter ID]   (a .txt report or a PDF)");
			this.exitCode = 1;
			return;
		}
		this.exitCode = extract(Path.of(args.get(1)), option(arguments, "out"), option(arguments, "reporter"));
	}

	private static String option(ApplicationArguments arguments, String name) {
		List<String> values = arguments.getOptionValues(name);
		return (values == null || values.isEmpty()) ? null : values.get(values.size() - 1);
	}

	private int extract(Path file, String outDir, String reporterId) {
		String text;
		try {
			text = new ReportReader(this.properties).read(file);
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
				this.err.println("extract: refused, --reporter " + reporterId
						+ ": no organisation with that id in the database; nothing written");
				return 2;
			}
		}
		Extraction extraction = new ReportExtractor(known).extract(text, reporter);
		String documentId = documentId(file);
		Set<String> existing = this.candidates
			.existingRelations(extraction.relations().stream().map(ExtractedRelation::id).toList());
		Path dir = Path.of((outDir != null) ? outDir : "extracted/" + documentId);
		int written = CandidateFolderWriter.write(dir, extraction, documentId, file.getFileName().toString(), existing);
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

	/** A document id from the file name: its letters and digits, else a hash of it. */
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
