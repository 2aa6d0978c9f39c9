package org.chanjiao.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chanjiao.system.CsvRows;

/**
 * Reads one CSV file of an interchange folder into rows of cells: opens it, decodes it as
 * strict UTF-8 (dropping a leading byte-order mark), checks its header against the
 * columns the file may have, and hands on every row that has as many cells as the header
 * columns, its cells stripped and empty ones {@code null}. What is wrong with the file
 * itself (missing, unreadable, not UTF-8, malformed CSV, a bad header, a row of the wrong
 * width) goes to the problems; what is wrong with the values of a row is the handler's to
 * say.
 */
final class InterchangeFileParser {

	/** Receives the rows of a file, one at a time, in file order. */
	@FunctionalInterface
	interface RowHandler {

		/**
		 * @param line the 1-based line the row starts on
		 * @param cells by column name, in header order; {@code null} for an empty cell
		 */
		void row(long line, Map<String, String> cells);

	}

	private final InterchangeReader.Folder folder;

	private final ImportProblems problems;

	InterchangeFileParser(InterchangeReader.Folder folder, ImportProblems problems) {
		this.folder = folder;
		this.problems = problems;
	}

	/**
	 * Parses a file of the folder, if it is there.
	 * @param file the file name
	 * @param required the columns the header starts with, in order
	 * @param extra the further columns it may have, in any order
	 * @param mandatory whether a folder without the file is a problem
	 * @param handler receives the rows
	 */
	void parse(String file, List<String> required, List<String> extra, boolean mandatory, RowHandler handler) {
		Optional<InputStream> opened;
		try {
			opened = this.folder.open(file);
		}
		catch (IOException ex) {
			this.problems.add(file, 0, null, "cannot be read: " + ex.getMessage());
			return;
		}
		if (opened.isEmpty()) {
			if (mandatory) {
				this.problems.add(file, 0, null,
						"is missing; an interchange folder has " + Interchange.NODES + " and " + Interchange.RELATIONS);
			}
			return;
		}
		CsvRows.read(opened.get(), required, (header) -> checkHeader(file, header, required, extra),
				(line, column, message) -> this.problems.add(file, line, column, message), handler::row);
	}

	private boolean checkHeader(String file, List<String> header, List<String> required, List<String> extra) {
		boolean ok = true;
		for (int i = 0; i < required.size(); i++) {
			if (i >= header.size() || !required.get(i).equals(header.get(i))) {
				this.problems.add(file, 1, (i < header.size()) ? header.get(i) : null, "column " + (i + 1)
						+ " must be '" + required.get(i) + "'; the leading columns are " + String.join(",", required));
				return false;
			}
		}
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!seen.add(column)) {
				this.problems.add(file, 1, column, "appears twice in the header");
				ok = false;
			}
			else if (!required.contains(column) && !extra.contains(column)) {
				this.problems.add(file, 1, column,
						"unknown column; known further columns are " + String.join(",", extra));
				ok = false;
			}
		}
		return ok;
	}

}
