package org.chanjiao.transfer.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.system.Subcommands;
import org.chanjiao.transfer.Dataset;
import org.chanjiao.transfer.Interchange;
import org.chanjiao.transfer.InterchangeReader;
import org.chanjiao.transfer.ResourceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkGeneratorTests {

	@TempDir
	Path temp;

	/**
	 * Seed 7 at scale 0.01 gives the same files on every machine and every run: the
	 * digests were taken when the generator was written (727 organisations, 3,020
	 * relations, 21 documents); a change of the generator's output must change them here
	 * on purpose.
	 */
	@Test
	void shouldWriteTheSameBytesForTheSameSeed() throws Exception {
		NetworkGenerator.Summary summary = NetworkGenerator.generate(0.01, 7, this.temp.resolve("a"));
		NetworkGenerator.generate(0.01, 8, this.temp.resolve("c"));
		assertThat(summary.nodes()).isEqualTo(727);
		assertThat(summary.relations()).isEqualTo(3020L);
		assertThat(summary.documents()).isEqualTo(21);
		assertThat(sha256(this.temp.resolve("a").resolve(Interchange.NODES)))
			.isEqualTo("50db1fa373c126bbf7836c7da07f6a7822c2eeebc14335b7f6044ce7c2dd1866");
		assertThat(sha256(this.temp.resolve("a").resolve(Interchange.RELATIONS)))
			.isEqualTo("03086a316e35bc8ff1c3fd9c2b57a4be9250424a5aa48c83876175349f4a531d");
		assertThat(sha256(this.temp.resolve("a").resolve(Interchange.DOCUMENTS)))
			.isEqualTo("9ad862cb7efde513792a3aad595f3d5e15abae75f0efa74dea902ff4cd2de689");
		assertThat(sha256(this.temp.resolve("a").resolve(Interchange.RELATIONS)))
			.isNotEqualTo(sha256(this.temp.resolve("c").resolve(Interchange.RELATIONS)));
	}

	@Test
	void shouldWriteAFolderTheInterchangeReaderAccepts() throws Exception {
		Path dir = this.temp.resolve("net");
		NetworkGenerator.Summary summary = NetworkGenerator.generate(0.01, 3, dir);
		Dataset dataset = InterchangeReader.read(ResourceFolder.of(dir), InterchangeReader.KnownGraph.EMPTY);
		assertThat(dataset.nodes()).hasSize(summary.nodes());
		assertThat(dataset.relations()).hasSize((int) summary.relations());
		Map<OrgKind, Integer> kinds = new HashMap<>();
		dataset.nodes().forEach((n) -> kinds.merge(n.kind(), 1, Integer::sum));
		// a hundredth of the national counts
		assertThat(kinds).containsEntry(OrgKind.SCHOOL, 15)
			.containsEntry(OrgKind.COLLEGE, 100)
			.containsEntry(OrgKind.ENTERPRISE, 600)
			.containsEntry(OrgKind.COMMUNITY, 3)
			.containsEntry(OrgKind.GOVERNMENT, 3)
			.containsEntry(OrgKind.INDUSTRY_ASSOCIATION, 5)
			.containsEntry(OrgKind.RESEARCH_INSTITUTE, 1);
		assertThat(summary.relations()).isBetween(3_000L, 7_000L);
		assertThat(dataset.relations()).allSatisfy((r) -> {
			assertThat(r.properties().get("since")).isNotNull();
			assertThat(r.properties().get("sources")).isNotNull();
			assertThat(r.properties().get("evidence")).isNotNull();
		});
		assertThat(dataset.nodes())
			.allSatisfy((n) -> assertThat((String) n.properties().get("region")).matches(".+(省|市|自治区)"));
		// heavy tail: the busiest enterprise co-founds many colleges, the median none
		Map<String, Integer> collegesByEnterprise = new HashMap<>();
		dataset.relations()
			.stream()
			.filter((r) -> r.type() == RelationType.CO_FOUNDED && r.from().startsWith("gen-ent-"))
			.forEach((r) -> collegesByEnterprise.merge(r.from(), 1, Integer::sum));
		assertThat(collegesByEnterprise.values().stream().mapToInt(Integer::intValue).max().orElse(0))
			.isGreaterThanOrEqualTo(5);
		assertThat(collegesByEnterprise).hasSizeLessThan(300);
	}

	@Test
	void shouldRunAsTheGenerateSubcommand() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		GenerateCommand other = command(out, err, "import", "somewhere");
		other.run(null);
		assertThat(other.getExitCode()).isZero();
		assertThat(out.size()).isZero();
		Path dir = this.temp.resolve("cmd");
		GenerateCommand command = command(out, err, "generate", "--scale", "0.01", "--seed", "5", dir.toString());
		command.run(null);
		assertThat(command.getExitCode()).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated").contains("seed 5");
		assertThat(dir.resolve(Interchange.RELATIONS)).exists();
		GenerateCommand negative = command(out, err, "generate", "--scale=-1", dir.toString());
		negative.run(null);
		assertThat(negative.getExitCode()).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("generate: option '--scale -1.0': scale must be")
			.contains("usage: generate");
	}

	private static GenerateCommand command(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
		return new GenerateCommand(Subcommands.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
