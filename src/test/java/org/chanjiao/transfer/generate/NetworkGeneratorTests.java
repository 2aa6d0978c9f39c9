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

import org.chanjiao.organization.CommunityForm;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
		// another subcommand's folder, in the temporary folder: were the subcommand check
		// broken (as a PIT mutant does), scale 1 would otherwise be written into the
		// working directory
		GenerateCommand other = command(out, err, "import", this.temp.resolve("somewhere").toString());
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
		// the time taken, in seconds: a small scale takes well under a minute
		java.util.regex.Matcher seconds = java.util.regex.Pattern.compile("in (\\d+\\.\\d) s")
			.matcher(out.toString(StandardCharsets.UTF_8));
		assertThat(seconds.find()).isTrue();
		assertThat(Double.parseDouble(seconds.group(1))).isBetween(0.0, 60.0);
	}

	private static GenerateCommand command(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
		return new GenerateCommand(Subcommands.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	/** The scale is more than 0 and at most 100: 0 is refused, 100 is not. */
	@Test
	void shouldTakeScalesAboveZeroUpToAHundred() throws Exception {
		assertThatIllegalArgumentException().isThrownBy(() -> NetworkGenerator.generate(0, 1, this.temp.resolve("z")))
			.withMessage("scale must be more than 0 and at most 100 (got 0.0)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NetworkGenerator.generate(100.5, 1, this.temp.resolve("z")));
		// 100 passes the check; the folder (under a plain file) is what fails, before any
		// organisation is drawn
		Path file = Files.writeString(this.temp.resolve("plain-file"), "x");
		assertThatExceptionOfType(java.io.IOException.class)
			.isThrownBy(() -> NetworkGenerator.generate(100, 1, file.resolve("out")));
	}

	/** A community's form is read from its name; other kinds have none. */
	@Test
	void shouldReadACommunitysFormFromItsName() {
		assertThat(org(OrgKind.COMMUNITY, "广东省智能制造职业教育集团（1）").form())
			.isEqualTo(CommunityForm.VOCATIONAL_EDUCATION_GROUP);
		assertThat(org(OrgKind.COMMUNITY, "广东省智能制造市域产教联合体（2）").form()).isEqualTo(CommunityForm.MUNICIPAL_CONSORTIUM);
		assertThat(org(OrgKind.COMMUNITY, "广东省智能制造行业产教融合共同体（3）").form()).isEqualTo(CommunityForm.INDUSTRY_COMMUNITY);
		assertThat(org(OrgKind.SCHOOL, "广州市智能制造职业教育集团学校（4）").form()).isNull();
		assertThat(org(OrgKind.SCHOOL, "x").region()).isEqualTo("广东省广州市");
		assertThat(new GeneratedOrganisations.Org("x", OrgKind.GOVERNMENT, "x", "北京市", "北京市", 1990, null).region())
			.isEqualTo("北京市");
	}

	/**
	 * Only the first 31 government bodies (as many as provinces) may be provincial, the
	 * 31st included: at scale 0.11 (33 bodies) seed 7 makes the 31st the provincial
	 * 甘肃省教育厅 (names recorded from this run, like the digests above).
	 */
	@Test
	void shouldDrawTheSameGovernmentBodiesPastTheThirtyFirst() throws Exception {
		GeneratedOrganisations orgs = GeneratedOrganisations.draw(0.11, new SeededDraws(7));
		assertThat(orgs.governments()).hasSize(33);
		assertThat(orgs.governments().subList(0, 31)).filteredOn((g) -> g.city().isEmpty())
			.allSatisfy((g) -> assertThat(g.name()).endsWith("教育厅"));
		assertThat(orgs.governments().subList(31, 33)).allSatisfy((g) -> assertThat(g.city()).isNotEmpty());
		assertThat(orgs.governments().subList(29, 33)).extracting(GeneratedOrganisations.Org::name)
			.containsExactly("海口市教育局", "甘肃省教育厅", "遵义市工业和信息化局", "洛阳市教育局");
	}

	private static GeneratedOrganisations.Org org(OrgKind kind, String name) {
		return new GeneratedOrganisations.Org("x", kind, name, "广东省", "广州市", 2000, null);
	}

}
