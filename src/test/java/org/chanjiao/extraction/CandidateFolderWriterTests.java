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
 * How a report's facts are written on the names it gives their ends: on every name the
 * report writes near the fact's quote, and on the quote's own only where another name is
 * far away (in another report of the same file).
 */
class CandidateFolderWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteAFactOnEveryNameOfItsEndsThatTheReportWritesNearItsQuote() throws IOException {
		assertThat(foundersOfTheCollege("江川职业技术学院与青禾集团签订合作协议。江川职院与青禾集团共建青禾智能制造学院。"))
			.as("the full name one sentence before the short form the fact is stated with: both")
			.contains(SCHOOL, SCHOOL + "~1");
		Dataset read = InterchangeReader.read(ResourceFolder.of(this.dir),
				ExtractCommandTests.knownGraph(new Dataset(List.of(), List.of(), List.of())));
		assertThat(read.relations()).filteredOn((r) -> r.to().equals(COLLEGE) && r.from().equals(SCHOOL))
			.as("the import reads the fact once, on the organisation")
			.hasSize(1);
	}

	@Test
	void shouldNotWriteAFactOnAShortFormWrittenFarFromItsQuote() throws IOException {
		String text = "江川职业技术学院与青禾集团共建青禾智能制造学院。" + "会议强调要深化产教融合，推动教育链、人才链与产业链、创新链有机衔接。".repeat(12) + "江川职院举办第十届运动会。";
		assertThat(foundersOfTheCollege(text))
			.as("the short form is written far from the quote: the fact stays on the name it states")
			.contains(SCHOOL)
			.doesNotContain(SCHOOL + "~1");
	}

	private static final String SCHOOL = KnownNames.proposedId("江川职业技术学院");

	private static final String COLLEGE = KnownNames.proposedId("青禾智能制造学院");

	/** Extracts the text, writes it, and reads the rows that found the college. */
	private List<String> foundersOfTheCollege(String text) throws IOException {
		Extraction extraction = new ReportExtractor(KnownNames.EMPTY).extract(text, null);
		CandidateFolderWriter.write(this.dir, extraction, "d", "t", Set.of());
		try (CSVParser parser = CSVParser.builder()
			.setReader(Files.newBufferedReader(this.dir.resolve("relations.csv")))
			.setFormat(CSVFormat.RFC4180.builder().setHeader().get())
			.get()) {
			return parser.getRecords()
				.stream()
				.filter((r) -> r.get("to").equals(COLLEGE))
				.map((r) -> r.get("from"))
				.toList();
		}
	}

}
