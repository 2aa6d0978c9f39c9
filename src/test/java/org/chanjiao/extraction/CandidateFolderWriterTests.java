package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.chanjiao.transfer.Dataset;
import org.chanjiao.transfer.InterchangeReader;
import org.chanjiao.transfer.ResourceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a report's facts are written on the names it gives their ends: on the names the
 * fact's quote writes (and a short form the report defines with 简称), and where the quote
 * writes none (该校), on the name the reference points back to.
 */
class CandidateFolderWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteAFactOnTheNameItsQuoteWrites() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院与青禾集团签订合作协议。江川职院与青禾集团共建青禾智能制造学院。"))
			.as("the quote writes the short form: the fact is the short form's, not the full name's a sentence before")
			.containsExactly(SCHOOL + "~1");
		assertThat(foundersOfTheCollege("江川职业技术学院与青禾集团共建青禾智能制造学院。江川职院举办第十届运动会。"))
			.as("the quote writes the full name: a short form written a sentence later takes no fact")
			.containsExactly(SCHOOL);
		Dataset read = InterchangeReader.read(ResourceFolder.of(this.dir),
				ExtractCommandTests.knownGraph(new Dataset(List.of(), List.of(), List.of())));
		assertThat(read.relations()).filteredOn((r) -> r.to().equals(COLLEGE) && r.from().equals(SCHOOL))
			.as("the import reads the fact on the organisation")
			.hasSize(1);
	}

	@Test
	void shouldWriteAFactOnEveryNameTheReportDefinesForItsEnd() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院（简称“江川职院”）与青禾集团共建青禾智能制造学院。"))
			.as("a short form defined with 简称 is the same name: both")
			.containsExactlyInAnyOrder(SCHOOL, SCHOOL + "~1");
	}

	@Test
	void shouldWriteAFactOnBothNamesWhereTheShortFormStandsInBracketsAfterTheFullName() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院（江川职院）召开校企合作大会。江川职院与青禾集团共建青禾智能制造学院。"))
			.as("a short form in brackets right after the full name is defined as 简称 defines it: both")
			.containsExactlyInAnyOrder(SCHOOL, SCHOOL + "~1");
		assertThat(foundersOfTheCollege("江川职业技术学院召开校企合作大会。江川职院与青禾集团共建青禾智能制造学院。"))
			.as("a short form the report never defines: the name the quote writes")
			.containsExactly(SCHOOL + "~1");
	}

	@Test
	void shouldWriteAFactStatedByReferenceOnTheNameItPointsBackTo() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院召开校企合作大会。江川职院与青禾集团签订合作协议。该校与青禾集团共建青禾智能制造学院。"))
			.as("该校 after the short form: the short form's")
			.containsExactly(SCHOOL + "~1");
		assertThat(foundersOfTheCollege("江川职业技术学院召开校企合作大会。江川职院与青禾集团签约。江川职业技术学院与青禾集团签订合作协议。该校与青禾集团共建青禾智能制造学院。"))
			.as("该校 after the full name: the full name's")
			.containsExactly(SCHOOL);
	}

	@Test
	void shouldWriteAFactStatedByReferenceAfterADefinedShortFormOnBothNames() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院（以下简称“江川职院”）召开校企合作大会。该校与青禾集团共建青禾智能制造学院。"))
			.as("该校 after a short form the report defines: both names, as a quote that writes either reads")
			.containsExactlyInAnyOrder(SCHOOL, SCHOOL + "~1");
	}

	@Test
	void shouldNotWriteAFactOnAShortFormWrittenFarFromItsQuote() throws IOException {
		String text = "江川职业技术学院与青禾集团共建青禾智能制造学院。" + "会议强调要深化产教融合，推动教育链、人才链与产业链、创新链有机衔接。".repeat(12) + "江川职院举办第十届运动会。";
		assertThat(foundersOfTheCollege(text))
			.as("the short form is written far from the quote: the fact stays on the name it states")
			.contains(SCHOOL)
			.doesNotContain(SCHOOL + "~1");
	}

	@Test
	void shouldNotWriteAFactOnAShortFormTheQuoteWritesOnlyAsWhereItHappens() throws IOException {
		String company = KnownNames.proposedId("青禾集团");
		assertThat(founders("江川职业技术学院与青禾集团共建青禾智能制造学院，签约仪式在青禾公司会议室举行。", company))
			.as("the short form names the room the signing is held in: the fact stays on the name that acts")
			.containsExactly(company);
		assertThat(founders("江川职业技术学院与青禾集团共建青禾智能制造学院，青禾公司将派出工程师授课。", company))
			.as("written as one who acts, the short form takes the fact too")
			.containsExactlyInAnyOrder(company, company + "~1");
	}

	@Test
	void shouldReadAShortFormDefinedOnAPageWithReadingsAsWithoutThem() throws IOException {
		Extraction extraction = new ReportExtractor(KnownNames.EMPTY).extract(
				"全國文化創意產學合作聯(lián)盟(簡稱“聯(lián)盟”)由江川國際文化藝術中心聯合發起成立。作為聯(lián)盟的牽頭發起單位,江川國際文化藝術中心當選為聯(lián)盟理事長單位。",
				null);
		CandidateFolderWriter.write(this.dir, extraction, "d", "t", Set.of());
		assertThat(Files.readAllLines(this.dir.resolve("nodes.csv")))
			.as("the bare kind (聯盟) a page with readings defines as a short name is no organisation of its own")
			.noneMatch((line) -> line.split(",")[0].contains("~"))
			.anyMatch((line) -> line.contains("全國文化創意產學合作聯(lián)盟"));
		assertThat(Files.readString(this.dir.resolve("relations.csv"))).doesNotContain("~");
	}

	@Test
	void shouldWriteAFactOnAnInstitutesNumberedShortForm() throws IOException {
		String institute = KnownNames.proposedId("江川省工业和信息化厅电子第五研究所");
		assertThat(founders("江川省工业和信息化厅电子第五研究所（以下简称“五所”）成立于1955年。2023年，五所与东陵市人民政府共建青禾智能制造学院。", institute))
			.as("五所, defined for the institute numbered 五, is a name of its own: the fact is written on both names")
			.containsExactlyInAnyOrder(institute, institute + "~1");
	}

	private static final String SCHOOL = KnownNames.proposedId("江川职业技术学院");

	private static final String COLLEGE = KnownNames.proposedId("青禾智能制造学院");

	/**
	 * Extracts the text, writes it, and reads the school's rows that found the college.
	 */
	private List<String> foundersOfTheCollege(String text) throws IOException {
		return founders(text, SCHOOL);
	}

	/** As above, for the rows of the organisation {@code from}. */
	private List<String> founders(String text, String from) throws IOException {
		Extraction extraction = new ReportExtractor(KnownNames.EMPTY).extract(text, null);
		CandidateFolderWriter.write(this.dir, extraction, "d", "t", Set.of());
		try (CSVParser parser = CSVParser.builder()
			.setReader(Files.newBufferedReader(this.dir.resolve("relations.csv")))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().get())
			.get()) {
			return parser.getRecords()
				.stream()
				.filter((r) -> r.get("to").equals(COLLEGE) && r.get("from").startsWith(from))
				.map((r) -> r.get("from"))
				.toList();
		}
	}

}
