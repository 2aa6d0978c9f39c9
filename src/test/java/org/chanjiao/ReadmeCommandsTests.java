package org.chanjiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.extraction.CorpusFolder;
import org.chanjiao.extraction.TextPdf;
import org.chanjiao.system.Subcommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every subcommand line README.md shows — {@code java -jar target/chanjiao-graph.jar …}
 * and {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments="…"}, in code blocks or
 * inline — runs as written, in README order, against one embedded database into which the
 * seeds were imported. The only substitutions: the invocation prefix is dropped (the
 * arguments go to {@link Subcommand}, which calls what {@code main} calls), and a
 * relative path (an argument with a {@code /}, or a file name with an extension) is taken
 * relative to a fresh working folder, where the files README assumes the user has are
 * made first: {@code report.pdf} (the seed report as a PDF) and {@code reports/} (a small
 * corpus). A line that appears twice runs once.
 */
class ReadmeCommandsTests {

	private static final Pattern JAR = Pattern.compile("java -jar target/chanjiao-graph\\.jar ([^`\\n#]*)");

	private static final Pattern MAVEN = Pattern.compile("-Dspring-boot\\.run\\.arguments=\"([^\"]*)\"");

	private static final Pattern RELATIVE_PATH = Pattern.compile("[^-/][^\\s]*(/[^\\s]*|\\.[a-z]{3,4})");

	@TempDir
	Path dir;

	@Test
	void shouldRunEverySubcommandLineOfTheReadmeAsWritten() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		List<String> lines = commandLines(readme);
		long mentioned = readme.lines()
			.filter((l) -> l.contains("java -jar") || l.contains("spring-boot.run.arguments"))
			.count();
		assertThat(lines).as("every README line with java -jar or spring-boot.run.arguments is matched")
			.hasSize((int) mentioned);
		Path work = Files.createDirectories(this.dir.resolve("work"));
		TextPdf.write(work.resolve("report.pdf"),
				Files.readString(Path.of("seeds/sources/gdep-2023-integration-report.txt")));
		CorpusFolder.write(work.resolve("reports"));
		Path data = this.dir.resolve("db");
		assertThat(Subcommand.run(data, "import", "seeds")).isZero();
		int run = 0;
		for (String line : new LinkedHashSet<>(lines)) {
			String[] args = line.strip().split("\\s+");
			if (!Subcommands.isCommand(args)) {
				// serving with properties, e.g. --server.port=9090
				assertThat(args[0]).startsWith("--");
				continue;
			}
			String[] substituted = substitute(args, work);
			assertThat(Subcommand.run(data, substituted)).as("exit code of: %s (run as %s)", line, List.of(substituted))
				.isZero();
			run++;
		}
		assertThat(run).isGreaterThanOrEqualTo(6);
		assertThat(work.resolve("extracted/reports/relations.csv")).exists();
		assertThat(work.resolve("national/relations.csv")).exists();
	}

	/** The arguments of every command line, in README order. */
	static List<String> commandLines(String readme) {
		TreeMap<Integer, String> byPosition = new TreeMap<>();
		for (Pattern pattern : List.of(JAR, MAVEN)) {
			Matcher matcher = pattern.matcher(readme);
			while (matcher.find()) {
				byPosition.put(matcher.start(), matcher.group(1));
			}
		}
		return new ArrayList<>(byPosition.values());
	}

	// A relative path, alone or as the value of --name=value, is resolved in the working
	// folder; everything else stays as written.
	private static String[] substitute(String[] args, Path work) {
		String[] out = new String[args.length];
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
			String value = arg.substring(equals + 1);
			boolean relativePath = RELATIVE_PATH.matcher(value).matches() && !Path.of(value).isAbsolute();
			out[i] = relativePath ? arg.substring(0, equals + 1) + work.resolve(value) : arg;
		}
		return out;
	}

}
