package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chanjiao.extraction.SourcesFile.Source;
import org.chanjiao.transfer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sources.csv of a corpus: read as RFC 4180, every problem located. */
class SourcesFileTests {

	private static final List<String> DOCUMENTS = List.of("2023-annual.txt", "member-news.pdf", "college-news.html");

	@TempDir
	Path dir;

	@Test
	void shouldReadWhereEachDocumentComesFrom() throws IOException {
		Files.writeString(this.dir.resolve(SourcesFile.NAME), CorpusFolder.SOURCES);
		Map<String, Source> sources = SourcesFile.read(this.dir, DOCUMENTS);
		assertThat(sources).containsOnlyKeys("2023-annual.txt", "member-news.pdf");
		assertThat(sources.get("2023-annual.txt")).isEqualTo(new Source("2023-annual.txt",
				"https://www.example.edu.cn/2023/report.html", "2023 年产教融合工作报告", "广东工程职业技术学院", 2024));
		assertThat(sources.get("member-news.pdf").title()).isEqualTo("启明星电梯加入职教集团, 成为理事单位");
		assertThat(sources.get("member-news.pdf").year()).isEqualTo(2024);
	}

	@Test
	void shouldReadNothingWithoutTheFileAndTakeColumnsInAnyOrder() throws IOException {
		assertThat(SourcesFile.read(this.dir, DOCUMENTS)).isEmpty();
		Files.writeString(this.dir.resolve(SourcesFile.NAME), "date,file\n2021,member-news.pdf\n");
		assertThat(SourcesFile.read(this.dir, DOCUMENTS).get("member-news.pdf").year()).isEqualTo(2021);
	}

	@Test
	void shouldLocateEveryProblemByLineAndColumn() throws IOException {
		Files.writeString(this.dir.resolve(SourcesFile.NAME), """
				file,url,title,publisher,date
				2023-annual.txt,https://example.org/a,A,,2024-13-01
				missing.txt,,B,,2024
				2023-annual.txt,,C,,
				member-news.pdf,not a url,D,,2024-02
				"college-news.html","",E,"",1850
				""");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourcesFile.read(this.dir, DOCUMENTS))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Object::toString)
				.containsExactly("sources.csv:2 column date: '2024-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
						"sources.csv:3 column file: unknown file 'missing.txt': no .txt, .pdf or .html document of that name in the folder",
						"sources.csv:4 column file: '2023-annual.txt' is listed twice (first at line 2)",
						"sources.csv:5 column url: 'not a url' is not an absolute URL (such as https://example.org/report.html)",
						"sources.csv:6 column date: '1850' is not a date between 1900 and "
								+ (java.time.Year.now().getValue() + 1)));
	}

	@Test
	void shouldRefuseAnUnknownColumnAndARowOfTheWrongLength() throws IOException {
		Files.writeString(this.dir.resolve(SourcesFile.NAME), "file,author\nmember-news.pdf,X\n");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourcesFile.read(this.dir, DOCUMENTS))
			.withMessageContaining(
					"sources.csv:1 column author: unknown column; the columns are file,url,title,publisher,date");
		Files.writeString(this.dir.resolve(SourcesFile.NAME), "file,date\nmember-news.pdf\n");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> SourcesFile.read(this.dir, DOCUMENTS))
			.withMessageContaining("sources.csv:2: has 1 cells, the header has 2 columns");
	}

}
