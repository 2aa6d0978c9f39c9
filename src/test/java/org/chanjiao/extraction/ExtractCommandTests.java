package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.Subcommand;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.transfer.Dataset;
import org.chanjiao.transfer.InterchangeReader;
import org.chanjiao.transfer.ResourceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code extract} subcommand end to end, as a user runs it: against a database into
 * which the seeds were imported, and refusing bad input with nothing written.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExtractCommandTests {

	@TempDir
	Path dir;

	@Test
	void shouldPrintAndWriteCandidatesThatTheImportAccepts(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", "seeds")).isZero();
		Path report = Files.copy(ExtractionQualityTests.REPORT, this.dir.resolve("gdep-2023.txt"));
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", report.toString(), "--reporter=gdep", "--out=" + out)).isZero();
		assertThat(output.getOut()).contains("ORGANISATIONS", "RELATIONS", "广东工程职业教育集团", "IN_GRAPH");
		assertThat(out.resolve("nodes.csv")).exists();
		assertThat(out.resolve("documents.csv")).content().contains("gdep-2023");
		Dataset seeds = ExtractionQualityTests.seeds();
		Dataset candidates = InterchangeReader.read(ResourceFolder.of(out), knownGraph(seeds));
		assertThat(candidates.relations())
			.allSatisfy((r) -> assertThat(r.properties().get("status")).isEqualTo("CANDIDATE"));
		assertThat(candidates.relations()).extracting(Dataset.RelationRow::id)
			.doesNotContainAnyElementsOf(seeds.relations().stream().map(Dataset.RelationRow::id).toList());
	}

	@Test
	void shouldWriteEachShortFormAsARowOfItsOwnThatTheImportTakesAsANameOfItsOrganisation(CapturedOutput output)
			throws IOException {
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", "seeds")).isZero();
		Path report = Files.writeString(this.dir.resolve("news.txt"),
				"2024年，江川启航智能科技有限公司（以下简称“启航智能”）与广东工程职业技术学院共建江川智造产业学院。\n" + "启航智能还与江川交通职业技术学院共建启航交通产业学院。\n"
						+ "江川市教育局（以下简称“市教育局”）与江川交通职业技术学院签署合作协议，市教育局将统筹支持。\n"
						+ "江川汽车产教联合体（以下简称“联合体”）成立，联合体由江川交通职业技术学院牵头组建。\n" + "由江川交通职业技术学院牵头成立的“江川物流职教联盟”(JLA)正式揭牌。\n"
						+ "江川醫藥健康產業創新中心（以下簡稱“創新中心”）正式啟用，創新中心由江川醫藥高新區與雲嶺藥業有限公司共建。\n"
						+ "江川省交通运输厅（以下简称“交通运输厅”）与江川交通职业技术学院签署合作协议，交通运输厅将统筹支持。\n"
						+ "东陵区政府和江川省技师学院（简称“省技师学院”）签署合作框架协议，省技师学院将开设新专业。\n"
						+ "江川高校就业协会职业教育就业工作委员会（以下简称“协会职教工委会”）成立大会在江川市召开。\n"
						+ "东陵职业技术学院（简称“东职院”）党委书记王某表示，东职院作为协会职教工委会联合发起单位，将汇聚多方资源。\n");
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", report.toString(), "--out", out.toString())).isZero();
		String company = KnownNames.proposedId("江川启航智能科技有限公司");
		Map<String, CSVRecord> nodes = rows(out.resolve("nodes.csv"), "id");
		assertThat(nodes.get(company).get("name")).isEqualTo("江川启航智能科技有限公司");
		assertThat(nodes.get(company).get("aliases")).isEqualTo("启航智能");
		assertThat(nodes.values()).filteredOn((r) -> r.get("name").equals("启航智能")).singleElement().satisfies((r) -> {
			assertThat(r.get("status")).isEqualTo("SHORT_FORM");
			assertThat(r.get("kind")).isEqualTo("ENTERPRISE");
			assertThat(r.get("shortFormOf")).isEqualTo(company);
		});
		assertThat(nodes.values()).filteredOn((r) -> r.get("status").equals("SHORT_FORM"))
			.extracting((r) -> r.get("name"))
			.as("a government body's 市教育局, or 交通运输厅 named bare, is the place's own body, named so, as a "
					+ "province's school is, 省技师学院; 联合体 and 創新中心 (创新中心 in traditional characters) are only the kind")
			.containsExactlyInAnyOrder("启航智能", "市教育局", "JLA", "交通运输厅", "省技师学院", "协会职教工委会", "东职院");
		String centre = KnownNames.proposedId("江川医药健康产业创新中心");
		assertThat(records(out.resolve("relations.csv"))).filteredOn((r) -> r.get("to").startsWith(centre))
			.extracting((r) -> r.get("to"))
			.as("founded under the full name only: a short name of common words is no row of its own")
			.containsOnly(centre)
			.hasSize(2);
		String traffic = KnownNames.proposedId("启航交通产业学院");
		String college = KnownNames.proposedId("江川智造产业学院");
		List<CSVRecord> relations = records(out.resolve("relations.csv"));
		assertThat(relations).filteredOn((r) -> r.get("to").equals(college))
			.extracting((r) -> r.get("from"))
			.as("the sentence writes the full name and defines the short form: the fact is written on both")
			.contains(company, company + "~1");
		assertThat(relations).filteredOn((r) -> r.get("to").equals(traffic))
			.extracting((r) -> r.get("from"))
			.as("the sentence writes the defined short form: the end is named as written, and by its full name")
			.contains(company + "~1", company);

		String committee = KnownNames.proposedId("江川高校就业协会职业教育就业工作委员会");
		String school = KnownNames.proposedId("东陵职业技术学院");
		assertThat(relations).filteredOn((r) -> r.get("to").startsWith(committee))
			.extracting((r) -> r.get("from") + " " + r.get("to"))
			.as("both ends written short and each defined for a full name: short with short, full with full")
			.containsExactlyInAnyOrder(school + " " + committee, school + "~1 " + committee + "~1");

		String alliance = KnownNames.proposedId("江川物流职教联盟");
		assertThat(relations).filteredOn((r) -> r.get("to").startsWith(alliance))
			.extracting((r) -> r.get("to"))
			.as("an acronym in brackets after the name is written as a name of it, and the founding on both")
			.containsExactlyInAnyOrder(alliance, alliance + "~1");
		assertThat(run(data, "import", out.toString())).isZero();
		Path exported = this.dir.resolve("export");
		assertThat(run(data, "export", exported.toString())).isZero();
		assertThat(records(exported.resolve("nodes.csv"))).extracting((r) -> r.get("name"))
			.contains("江川启航智能科技有限公司")
			.doesNotContain("启航智能");
		assertThat(rows(exported.resolve("nodes.csv"), "id").get(company).get("aliases")).isEqualTo("启航智能");
		assertThat(records(exported.resolve("relations.csv")))
			.filteredOn((r) -> r.get("to").equals(traffic) && r.get("type").equals("CO_FOUNDED"))
			.extracting((r) -> r.get("from"))
			.as("imported as the organisation's relationship, once")
			.containsOnlyOnce(company);
	}

	@Test
	void shouldRefuseBadInputWithExitCodeTwoAndWriteNothing(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		Path empty = Files.createFile(this.dir.resolve("empty.txt"));
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", empty.toString(), "--out=" + out)).isEqualTo(2);
		assertThat(output.getErr()).contains("empty.txt is empty; nothing written");
		Path report = Files.copy(ExtractionQualityTests.REPORT, this.dir.resolve("r.txt"));
		assertThat(run(data, "extract", report.toString(), "--reporter=nobody", "--out=" + out)).isEqualTo(2);
		assertThat(output.getErr()).contains("--reporter nobody: no organisation with that id");
		assertThat(out).doesNotExist();
	}

	@Test
	void shouldExtractAFolderAsOneCorpusThatTheImportAccepts(CapturedOutput output) throws IOException {
		Path data = this.dir.resolve("db");
		assertThat(run(data, "import", "seeds")).isZero();
		Path corpus = CorpusFolder.write(this.dir.resolve("reports"));
		Path out = this.dir.resolve("out");
		assertThat(run(data, "extract", corpus.toString(), "--reporter", "gdep", "--out", out.toString())).isZero();
		assertThat(output.getOut()).contains("extracted 3 documents");

		Map<String, CSVRecord> documents = rows(out.resolve("documents.csv"), "id");
		assertThat(documents).containsOnlyKeys("2023-annual", "college-news", "member-news");
		assertThat(documents.get("2023-annual").get("url")).isEqualTo("https://www.example.edu.cn/2023/report.html");
		assertThat(documents.get("2023-annual").get("title")).isEqualTo("2023 年产教融合工作报告");
		assertThat(documents.get("2023-annual").get("publisher")).isEqualTo("广东工程职业技术学院");
		assertThat(documents.get("2023-annual").get("year")).isEqualTo("2024");
		assertThat(documents.get("member-news").get("url")).isEqualTo("https://news.example.org/qmx-member.pdf");
		assertThat(documents.get("college-news").get("title")).as("the page's <title>").isEqualTo("启明星电梯产业学院揭牌");
		assertThat(documents.get("college-news").get("url")).isEmpty();

		String company = KnownNames.proposedId(CorpusFolder.COMPANY);
		String college = KnownNames.proposedId(CorpusFolder.COLLEGE);
		assertThat(Files.readString(out.resolve("nodes.csv")).lines().filter((l) -> l.contains("启明星电梯科技")))
			.singleElement()
			.satisfies((line) -> assertThat(line).startsWith(company + ",ENTERPRISE," + CorpusFolder.COMPANY));
		assertThat(Files.readString(out.resolve("nodes.csv"))).doesNotContain(CorpusFolder.IN_NAVIGATION);
		List<CSVRecord> relations = records(out.resolve("relations.csv"));
		assertThat(relations).filteredOn((r) -> r.get("from").equals(company) && r.get("to").equals(college))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.get("type")).isEqualTo("CO_FOUNDED");
				assertThat(r.get("sources")).isEqualTo("2023-annual|college-news");
				assertThat(r.get("evidence").split("\\|")).hasSize(2);
			});
		assertThat(relations).filteredOn((r) -> r.get("from").equals(company) && r.get("to").equals("gdep-vet-group"))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("sources")).isEqualTo("member-news"));
		assertThat(relations).allSatisfy((r) -> assertThat(r.get("status")).isEqualTo("CANDIDATE"));

		assertThat(run(data, "import", out.toString())).isZero();
		assertThat(output.getOut()).contains("imported 3 documents");
		Path exported = this.dir.resolve("export");
		assertThat(run(data, "export", exported.toString())).isZero();
		assertThat(rows(exported.resolve("documents.csv"), "id").get("member-news").get("url"))
			.as("the url round-trips through the database")
			.isEqualTo("https://news.example.org/qmx-member.pdf");
		assertThat(records(exported.resolve("relations.csv")))
			.anySatisfy((r) -> assertThat(r.get("sources")).isEqualTo("2023-annual|college-news"));
	}

	@Test
	void shouldRefuseAFolderWithABadSourcesFileAndWriteNothing(CapturedOutput output) throws IOException {
		Path corpus = CorpusFolder.write(this.dir.resolve("reports"));
		Files.writeString(corpus.resolve("sources.csv"), """
				file,url,title,publisher,date
				2023-annual.txt,,A,,2024
				member-news.pdf,,B,,2024-02-30
				2023-annual.txt,,C,,
				""");
		Path out = this.dir.resolve("out");
		assertThat(run(this.dir.resolve("db"), "extract", corpus.toString(), "--out", out.toString())).isEqualTo(2);
		assertThat(output.getErr()).contains("sources.csv has 2 problem(s), nothing written",
				"sources.csv:3 column date: '2024-02-30' is not a date",
				"sources.csv:4 column file: '2023-annual.txt' is listed twice (first at line 2)");
		assertThat(out).doesNotExist();
	}

	private static List<CSVRecord> records(Path file) throws IOException {
		try (CSVParser parser = CSVParser.builder()
			.setReader(Files.newBufferedReader(file))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().get())
			.get()) {
			return parser.getRecords();
		}
	}

	private static Map<String, CSVRecord> rows(Path file, String key) throws IOException {
		Map<String, CSVRecord> rows = new LinkedHashMap<>();
		records(file).forEach((r) -> rows.put(r.get(key), r));
		return rows;
	}

	static InterchangeReader.KnownGraph knownGraph(Dataset seeds) {
		Map<String, OrgKind> kinds = new HashMap<>();
		seeds.nodes().forEach((n) -> kinds.put(n.id(), n.kind()));
		return new InterchangeReader.KnownGraph() {
			@Override
			public Map<String, OrgKind> organizationKinds(Collection<String> ids) {
				Map<String, OrgKind> found = new HashMap<>();
				ids.stream().filter(kinds::containsKey).forEach((id) -> found.put(id, kinds.get(id)));
				return found;
			}

			@Override
			public Set<String> documents(Collection<String> ids) {
				return Set.of();
			}
		};
	}

	private static int run(Path data, String... args) {
		return Subcommand.run(data, args);
	}

}
