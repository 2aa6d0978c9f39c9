package org.chanjiao.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a PDF whose text layer holds any Unicode text (Chinese included) without a CJK
 * font on the machine: each font is the standard Helvetica with a ToUnicode map that
 * gives its 94 printable codes the characters of the text (a font per 94 distinct
 * characters). The glyphs drawn are Latin; what a text extractor reads is the text. Long
 * lines are wrapped, as in a real report's PDF.
 */
public final class TextPdf {

	private static final int CODES = 94;

	private static final int FIRST_CODE = 0x21;

	private static final int WRAP = 38;

	private static final int LINES_PER_PAGE = 50;

	private TextPdf() {
	}

	public static void write(Path file, String text) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			int[] points = line.codePoints().toArray();
			for (int start = 0; start < points.length; start += WRAP) {
				lines.add(new String(points, start, Math.min(WRAP, points.length - start)));
			}
		}
		Map<Integer, Integer> index = new LinkedHashMap<>();
		text.codePoints().filter((c) -> c != '\n' && c != '\r').forEach((c) -> index.putIfAbsent(c, index.size()));
		List<Integer> characters = new ArrayList<>(index.keySet());
		try (PDDocument document = new PDDocument()) {
			PDResources resources = new PDResources();
			int fonts = (characters.size() + CODES - 1) / CODES;
			for (int f = 0; f < fonts; f++) {
				PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
				COSStream cmap = document.getDocument().createCOSStream();
				try (OutputStream out = cmap.createOutputStream()) {
					out.write(toUnicode(characters.subList(f * CODES, Math.min(characters.size(), (f + 1) * CODES)))
						.getBytes(StandardCharsets.US_ASCII));
				}
				font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
				resources.put(COSName.getPDFName("F" + f), font);
			}
			for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
				PDPage page = new PDPage();
				page.setResources(resources);
				StringBuilder content = new StringBuilder("BT 14 TL 40 760 Td\n");
				for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
					int currentFont = -1;
					StringBuilder run = new StringBuilder();
					for (int c : line.codePoints().toArray()) {
						int i = index.get(c);
						if (i / CODES != currentFont) {
							flush(content, run);
							currentFont = i / CODES;
							content.append("/F").append(currentFont).append(" 11 Tf ");
						}
						run.append(HexFormat.of().toHexDigits((byte) (FIRST_CODE + i % CODES)));
					}
					flush(content, run);
					content.append("T*\n");
				}
				content.append("ET\n");
				PDStream stream = new PDStream(document);
				try (OutputStream out = stream.createOutputStream()) {
					out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(stream);
				document.addPage(page);
			}
			document.save(file.toFile());
		}
	}

	private static void flush(StringBuilder content, StringBuilder run) {
		if (!run.isEmpty()) {
			content.append('<').append(run).append("> Tj ");
			run.setLength(0);
		}
	}

	private static String toUnicode(List<Integer> characters) {
		StringBuilder cmap = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<00> <FF>
				endcodespacerange
				""");
		cmap.append(characters.size()).append(" beginbfchar\n");
		for (int i = 0; i < characters.size(); i++) {
			String utf16 = HexFormat.of()
				.formatHex(Character.toString(characters.get(i)).getBytes(StandardCharsets.UTF_16BE));
			cmap.append('<')
				.append(HexFormat.of().toHexDigits((byte) (FIRST_CODE + i)))
				.append("> <")
				.append(utf16)
				.append(">\n");
		}
		cmap.append("""
				endbfchar
				endcmap
				CMapName currentdict /CMap defineresource pop
				end
				end
				""");
		return cmap.toString();
	}

}
