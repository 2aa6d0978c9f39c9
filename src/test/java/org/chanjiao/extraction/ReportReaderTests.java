package org.chanjiao.extraction;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportReaderTests {

	@TempDir
	Path dir;

	final ReportReader reader = new ReportReader(ExtractionProperties.defaults());

	@Test
	void shouldReadUtf8AndGbkText() throws IOException {
		Path utf8 = Files.writeString(this.dir.resolve("a.txt"), "学校牵头成立某产业学院。", StandardCharsets.UTF_8);
		Path gbk = this.dir.resolve("b.txt");
		Files.write(gbk, "学校牵头成立某产业学院。".getBytes(Charset.forName("GBK")));
		assertThat(this.reader.read(utf8)).isEqualTo("学校牵头成立某产业学院。");
		assertThat(this.reader.read(gbk)).isEqualTo("学校牵头成立某产业学院。");
	}

	@Test
	void shouldRefuseAnEmptyFile() throws IOException {
		Path empty = Files.createFile(this.dir.resolve("empty.txt"));
		assertThatThrownBy(() -> this.reader.read(empty)).isInstanceOf(ReportRejectedException.class)
			.hasMessageContaining("is empty");
	}

	@Test
	void shouldRefuseUndecodableBytes() throws IOException {
		Path binary = this.dir.resolve("binary.txt");
		byte[] bytes = new byte[256];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i % 32);
		}
		bytes[0] = (byte) 0xFF;
		Files.write(binary, bytes);
		assertThatThrownBy(() -> this.reader.read(binary)).isInstanceOf(ReportRejectedException.class)
			.hasMessageContaining("neither UTF-8 nor GB18030/GBK");
	}

	@Test
	void shouldRefuseAFileOverTheLimitBeforeReadingIt() throws IOException {
		Path big = this.dir.resolve("big.txt");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}
		assertThatThrownBy(() -> this.reader.read(big)).isInstanceOf(ReportRejectedException.class)
			.hasMessageContaining("52428800 bytes, more than the limit of 20971520 bytes")
			.hasMessageContaining("chanjiao.extraction.max-file-size");
	}

	@Test
	void shouldRefuseAPdfWithoutATextLayer() throws IOException {
		Path pdf = this.dir.resolve("scan.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.addRect(100, 100, 200, 300);
				content.fill();
			}
			document.save(pdf.toFile());
		}
		assertThatThrownBy(() -> this.reader.read(pdf)).isInstanceOf(ReportRejectedException.class)
			.hasMessageContaining("PDF without a text layer");
	}

	@Test
	void shouldReadThePdfTextLayer() throws IOException {
		Path pdf = this.dir.resolve("report.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(100, 700);
				content.showText("Annual report 2023");
				content.endText();
			}
			document.save(pdf.toFile());
		}
		assertThat(this.reader.read(pdf)).contains("Annual report 2023");
	}

	@Test
	void shouldReadAChinesePdfTextLayerAsTheExtractorReadsTheText() throws IOException {
		Path pdf = this.dir.resolve("seed.pdf");
		String report = Files.readString(ExtractionQualityTests.REPORT);
		TextPdf.write(pdf, report);
		assertThat(ReportText.of(this.reader.read(pdf)).text()).isEqualTo(ReportText.of(report).text());
	}

	@Test
	void shouldEndASentenceAtAReferenceMarkAndJoinAWrappedLine() {
		ReportText text = ReportText.of("学校召开大会。江川职业学院牵头成立江川\n产教联合体 [1]\n联合体将聚焦低空飞行器制造，\n推动产业发展。");
		assertThat(text.sentences()).extracting(ReportText.Sentence::text)
			.containsExactly("学校召开大会。", "江川职业学院牵头成立江川产教联合体 [1]", "联合体将聚焦低空飞行器制造，推动产业发展。");
	}

	@Test
	void shouldEndASentenceAtEachLineWhenMostLinesEndOne() {
		ReportText text = ReportText.of("江川职业学院牵头成立江川产教联合体。\n联合体将聚焦低空飞行器制造\n东陵大学加入联合体。\n\n云岭大学成为成员。");
		assertThat(text.sentences()).extracting(ReportText.Sentence::text)
			.containsExactly("江川职业学院牵头成立江川产教联合体。", "联合体将聚焦低空飞行器制造", "东陵大学加入联合体。", "云岭大学成为成员。");
	}

	@Test
	void shouldReadAnHtmlPageWithItsTitle() throws IOException {
		Path page = Files.writeString(this.dir.resolve("news.html"),
				"<html><head><title>新闻</title></head><body><nav>首页</nav><p>学校召开会议。</p></body></html>");
		ReportReader.Report read = this.reader.readReport(page);
		assertThat(read.text()).isEqualTo("学校召开会议。");
		assertThat(read.title()).isEqualTo("新闻");
		assertThat(this.reader.readReport(Files.writeString(this.dir.resolve("a.txt"), "学校。")).title()).isNull();
	}

}
