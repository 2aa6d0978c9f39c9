package org.chanjiao.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a report file into text: a PDF through its text layer (Apache PDFBox), an HTML
 * page ({@code .html}/{@code .htm}, or bytes that begin as one) through {@link HtmlText},
 * anything else as UTF-8 (with or without a byte-order mark) or, when it is not valid
 * UTF-8, as GB18030 (which includes GBK and GB2312). The file size is checked before
 * anything is read. Every refusal is a {@link ReportRejectedException} with a message for
 * the user.
 */
public final class ReportReader {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final long maxBytes;

	public ReportReader(ExtractionProperties properties) {
		this.maxBytes = properties.maxFileSize().toBytes();
	}

	/**
	 * A report's text and the title it gives itself (an HTML page's {@code <title>}), or
	 * null.
	 */
	public record Report(String text, String title) {
	}

	/** The text of the report file. */
	public String read(Path file) {
		return readReport(file).text();
	}

	/** The text of the report file, and its title where the file gives one. */
	public Report readReport(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new ReportRejectedException(file + " is not a file");
		}
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new ReportRejectedException(file + " cannot be read: " + ex.getMessage());
		}
		if (size == 0) {
			throw new ReportRejectedException(file + " is empty");
		}
		if (size > this.maxBytes) {
			throw new ReportRejectedException(file + " is " + size + " bytes, more than the limit of " + this.maxBytes
					+ " bytes (chanjiao.extraction.max-file-size)");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new ReportRejectedException(file + " cannot be read: " + ex.getMessage());
		}
		return decodeReport(bytes, file.getFileName().toString());
	}

	/** The text of a report given as bytes; {@code name} is used in messages. */
	public String decode(byte[] bytes, String name) {
		return decodeReport(bytes, name).text();
	}

	/**
	 * The text and title of a report given as bytes; {@code name} (the file name) is used
	 * in messages and tells HTML by its extension.
	 */
	public Report decodeReport(byte[] bytes, String name) {
		if (bytes.length == 0) {
			throw new ReportRejectedException(name + " is empty");
		}
		if (bytes.length > this.maxBytes) {
			throw new ReportRejectedException(name + " is " + bytes.length + " bytes, more than the limit of "
					+ this.maxBytes + " bytes (chanjiao.extraction.max-file-size)");
		}
		String title = null;
		String text;
		if (isPdf(bytes)) {
			text = pdfText(bytes, name);
		}
		else if (HtmlText.isHtml(bytes, name)) {
			HtmlText.Page page = HtmlText.read(bytes);
			text = page.text();
			title = page.title();
		}
		else {
			text = plainText(bytes, name);
		}
		if (text.isBlank()) {
			throw new ReportRejectedException(name + " has no text");
		}
		return new Report(text, title);
	}

	private static boolean isPdf(byte[] bytes) {
		return bytes.length >= PDF_MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, PDF_MAGIC.length), PDF_MAGIC);
	}

	private static String pdfText(byte[] bytes, String name) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			if (text.isBlank()) {
				throw new ReportRejectedException(name + " is a PDF without a text layer ("
						+ document.getNumberOfPages() + " page(s) of images or drawings); run OCR on it first");
			}
			return text;
		}
		catch (IOException ex) {
			throw new ReportRejectedException(name + " is not a readable PDF: " + ex.getMessage());
		}
	}

	private static String plainText(byte[] bytes, String name) {
		int offset = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return strict(StandardCharsets.UTF_8).decode(buffer).toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				String text = strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
				if (looksLikeText(text)) {
					return text;
				}
			}
			catch (CharacterCodingException notGb) {
				// fall through to the refusal below
			}
			throw new ReportRejectedException(
					name + " is neither UTF-8 nor GB18030/GBK text (undecodable bytes), nor a PDF");
		}
	}

	// GB18030 maps almost every byte sequence; binary data shows as control characters.
	private static boolean looksLikeText(String text) {
		long control = text.chars().filter((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
		return control * 100 <= text.length();
	}

	private static java.nio.charset.CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
