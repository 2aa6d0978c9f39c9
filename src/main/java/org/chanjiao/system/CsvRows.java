package org.chanjiao.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV file with a header row (RFC 4180, commons-csv), the way every input
 * file of the project is read: strict decoding, a byte-order mark dropped, each row a map
 * from column to its stripped cell (an empty cell is no value), and every fault reported
 * with its line instead of thrown — a row with the wrong number of cells is skipped, a
 * malformed or undecodable file stops the reading. The interchange folder and the
 * extraction's {@code sources.csv} both read through it; what the columns must be is
 * theirs to check.
 */
public final class CsvRows {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private CsvRows() {
	}

	/** Where a fault is reported: the line (0 for the whole file), the column or null. */
	@FunctionalInterface
	public interface Problems {

		void add(long line, String column, String message);

	}

	/** Receives each well-formed row with its line. */
	@FunctionalInterface
	public interface Rows {

		void row(long line, Map<String, String> cells);

	}

	/**
	 * Reads {@code in} (and closes it).
	 * @param expected the columns named in the problem when the header row is missing
	 * @param header checks the header row (its problems are the caller's to report);
	 * false stops the reading
	 */
	public static void read(InputStream in, List<String> expected, Predicate<List<String>> header, Problems problems,
			Rows rows) {
		try (Reader reader = new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				problems.add(1, null, "has no header row; expected " + String.join(",", expected));
				return;
			}
			List<String> columns = new ArrayList<>(records.next().toList());
			if (!columns.isEmpty() && columns.get(0).startsWith("\uFEFF")) {
				columns.set(0, columns.get(0).substring(1));
			}
			if (!header.test(columns)) {
				return;
			}
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					problems.add(line, null, isDecodingFailure(ex) ? "is not valid UTF-8 (at or after this line)"
							: "malformed CSV (" + rootMessage(ex) + ")");
					return;
				}
				if (record.size() != columns.size()) {
					problems.add(line, null,
							"has " + record.size() + " cells, the header has " + columns.size() + " columns");
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					String value = record.get(i).strip();
					cells.put(columns.get(i), value.isEmpty() ? null : value);
				}
				rows.row(line, cells);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(0, null, isDecodingFailure(ex) ? "is not valid UTF-8" : "cannot be read: " + rootMessage(ex));
		}
	}

	private static boolean isDecodingFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
