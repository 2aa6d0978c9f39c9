package org.chanjiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application's command line end to end ({@link Subcommand} calls what
 * {@code main} calls): usage errors stop before anything starts, and Spring properties
 * reach Spring in either form with every subcommand. (The option forms themselves:
 * {@code CommandLineTests}; extract with {@code --out=DIR} and with {@code --out DIR}:
 * {@code ExtractCommandTests}.)
 */
@ExtendWith(OutputCaptureExtension.class)
class SubcommandTests {

	@TempDir
	Path dir;

	@Test
	void shouldReportAUsageErrorWithTheArgumentAndTheUsageLineAndExitOne(CapturedOutput output) {
		assertThat(ChanjiaoGraphApplication.runSubcommand("extract", "report.txt", "--output", "out")).isEqualTo(1);
		assertThat(output.getErr()).contains("extract: unknown option '--output'; extract takes --out, --reporter",
				"usage: extract FILE|DIR [--out DIR] [--reporter ID]");
		assertThat(ChanjiaoGraphApplication.runSubcommand("extract", "report.txt", "--out")).isEqualTo(1);
		assertThat(output.getErr()).contains("extract: option '--out' needs a value (DIR)");
		assertThat(ChanjiaoGraphApplication.runSubcommand("generate", "--scale", "big", "national/")).isEqualTo(1);
		assertThat(output.getErr()).contains("generate: option '--scale big': not a number", "usage: generate DIR");
		assertThat(ChanjiaoGraphApplication.runSubcommand("import", "a/", "b/")).isEqualTo(1);
		assertThat(output.getErr()).contains("import: unexpected argument 'b/'");
		assertThat(ChanjiaoGraphApplication.runSubcommand("export", "--chanjiao.embedded.data-dir")).isEqualTo(1);
		assertThat(output.getErr()).contains("export: Spring property '--chanjiao.embedded.data-dir' needs a value");
		assertThat(output.getOut()).as("nothing started").doesNotContain("Embedded Neo4j");
	}

	@Test
	void shouldGiveSpringPropertiesToSpringInEitherFormWithEverySubcommand(CapturedOutput output) throws IOException {
		Path generated = this.dir.resolve("generated");
		Path first = this.dir.resolve("first-db");
		assertThat(Subcommand.run(this.dir.resolve("unused"), "generate", "--chanjiao.embedded.data-dir",
				first.toString(), "--scale", "0.002", generated.toString()))
			.isZero();
		assertThat(first).as("the database of generate's context is where the property says").isDirectory();
		assertThat(this.dir.resolve("unused")).doesNotExist();
		Path second = this.dir.resolve("second-db");
		assertThat(Subcommand.run(this.dir.resolve("unused"), "import", generated.toString(),
				"--chanjiao.embedded.data-dir", second.toString()))
			.isZero();
		long organisations = Files.readString(generated.resolve("nodes.csv")).lines().count() - 1;
		assertThat(output.getOut()).contains("organisations");
		Path exported = this.dir.resolve("exported");
		assertThat(Subcommand.run(this.dir.resolve("unused"), "export", "--chanjiao.embedded.data-dir=" + second,
				exported.toString()))
			.isZero();
		assertThat(Files.readString(exported.resolve("nodes.csv")).lines().count() - 1)
			.as("export read the database import wrote, named by the property")
			.isEqualTo(organisations);
		Path report = Files.writeString(this.dir.resolve("report.txt"), "广东工程职业技术学院与某公司共建某产业学院。");
		assertThat(Subcommand.run(second, "extract", report.toString(), "--chanjiao.extraction.max-file-size", "10B",
				"--out", this.dir.resolve("out").toString()))
			.isEqualTo(2);
		assertThat(output.getErr()).contains("more than the limit of 10 bytes (chanjiao.extraction.max-file-size)");
		assertThat(this.dir.resolve("unused")).doesNotExist();
	}

}
