package org.chanjiao.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.Subcommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} and {@code export} subcommands end to end, as a user runs them: each
 * run is the packaged application started with the subcommand, against its own empty
 * embedded database.
 */
@ExtendWith(OutputCaptureExtension.class)
class TransferCommandsTests {

	@TempDir
	Path dir;

	@Test
	void shouldImportTheSeedsIntoAnEmptyDatabaseAndExportThemBack(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", "seeds")).isZero();
		assertThat(output).contains("imported 1 documents, 32 organisations, 42 relations").contains("rows/s");
		String imported = lastChecksum(output.getOut());
		Path exported = this.dir.resolve("export");
		assertThat(run(data, "export", exported.toString())).isZero();
		assertThat(Files.readString(exported.resolve(Interchange.RELATIONS), StandardCharsets.UTF_8).lines())
			.hasSize(43);
		// The export rebuilt into another, empty database holds the same graph as the
		// original, and exports the same bytes.
		Path rebuilt = this.dir.resolve("rebuilt");
		assertThat(run(rebuilt, "import", exported.toString())).isZero();
		assertThat(lastChecksum(output.getOut())).as("checksum of the export imported into an empty database")
			.isEqualTo(imported);
		Path again = this.dir.resolve("export-of-rebuilt");
		assertThat(run(rebuilt, "export", again.toString())).isZero();
		for (String file : new String[] { Interchange.DOCUMENTS, Interchange.NODES, Interchange.RELATIONS }) {
			assertThat(Files.readAllBytes(again.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(exported.resolve(file)));
		}
	}

	@Test
	void shouldRoundTripAGeneratedNetworkThroughAnEmptyDatabase(CapturedOutput output) throws IOException {
		Path generated = this.dir.resolve("generated");
		org.chanjiao.transfer.generate.NetworkGenerator.generate(0.005, 7, generated);
		assertThat(run(this.dir.resolve("first"), "import", generated.toString())).isZero();
		String imported = lastChecksum(output.getOut());
		Path exported = this.dir.resolve("export");
		assertThat(run(this.dir.resolve("first"), "export", exported.toString())).isZero();
		assertThat(run(this.dir.resolve("second"), "import", exported.toString())).isZero();
		assertThat(lastChecksum(output.getOut())).as("checksum after export → empty database → import")
			.isEqualTo(imported);
		assertThat(Files.readString(exported.resolve(Interchange.RELATIONS)).lines().count()).isGreaterThan(1500);
	}

	@Test
	void shouldRefuseABadFolderWithExitCodeTwoAndWriteNothing(CapturedOutput output) throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("bad"));
		Files.writeString(folder.resolve(Interchange.NODES),
				InterchangeReaderTests.NODES_HEADER + "good,SCHOOL,某职业学院,,,,,,\n" + "bad,NOT_A_KIND,某公司,,,,,,\n");
		Files.writeString(folder.resolve(Interchange.RELATIONS), InterchangeReaderTests.RELATIONS_HEADER);
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", folder.toString())).isEqualTo(2);
		assertThat(output.getErr()).contains("nodes.csv:3 column kind: 'NOT_A_KIND' is not one of");
		Path exported = this.dir.resolve("export");
		assertThat(run(data, "export", exported.toString())).isZero();
		assertThat(Files.readString(exported.resolve(Interchange.NODES)).lines()).hasSize(1);
	}

	private static int run(Path data, String... args) {
		return Subcommand.run(data, args);
	}

	private static String lastChecksum(String out) {
		Matcher matcher = Pattern.compile("checksum ([0-9a-f]{64})").matcher(out);
		String last = null;
		while (matcher.find()) {
			last = matcher.group(1);
		}
		assertThat(last).as("a checksum line").isNotNull();
		return last;
	}

}
