package org.chanjiao.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.chanjiao.organization.FieldRules;
import org.chanjiao.organization.RelationType;

/**
 * The cells of one row of an interchange file, read by column and checked as they are
 * read: an id, a required text, a year, a whole number, an enum constant, a list, quotes
 * that match sources one to one, a column that only one relation type has. A cell that
 * breaks its rule adds a problem at the row's file, line and column; what it then reads
 * as is said on each method.
 */
final class RowCells {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

	private final ImportProblems problems;

	private final String file;

	private final long line;

	private final Map<String, String> cells;

	RowCells(ImportProblems problems, String file, long line, Map<String, String> cells) {
		this.problems = problems;
		this.file = file;
		this.line = line;
		this.cells = cells;
	}

	/** The cell as it is, {@code null} when empty, unchecked. */
	String get(String column) {
		return this.cells.get(column);
	}

	/** Adds a problem at this row and column. */
	void problem(String column, String reason) {
		this.problems.add(this.file, this.line, column, reason);
	}

	/** A required id; a malformed one is returned all the same, an empty one as null. */
	String id(String column) {
		String value = get(column);
		if (value == null) {
			problem(column, "is empty; every row needs an id");
			return null;
		}
		if (!ID.matcher(value).matches()) {
			problem(column, "'" + value
					+ "' is not a valid id (letters, digits, '.', '_', '~', '-'; at most 128; starting with a letter or digit)");
		}
		return value;
	}

	String text(String column, boolean required) {
		String value = get(column);
		if (value == null && required) {
			problem(column, "is empty; a " + column + " is required");
		}
		return value;
	}

	/** A year within {@link FieldRules#checkYear}; null when empty or refused. */
	Integer year(String column) {
		String value = get(column);
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value);
			if (FieldRules.checkYear(year).isPresent()) {
				problem(column, year + " is not a year between 1900 and " + FieldRules.latestYear());
				return null;
			}
			return year;
		}
		catch (NumberFormatException ex) {
			problem(column, "'" + value + "' is not a year");
			return null;
		}
	}

	/**
	 * A whole number, at least 0; null when empty or not a number, a negative one
	 * returned.
	 */
	Long number(String column) {
		String value = get(column);
		if (value == null) {
			return null;
		}
		try {
			long number = Long.parseLong(value);
			if (number < 0) {
				problem(column, number + " is negative");
			}
			return number;
		}
		catch (NumberFormatException ex) {
			problem(column, "'" + value + "' is not a whole number");
			return null;
		}
	}

	/** The constant named exactly as the cell; null when empty or no constant. */
	<E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
		String value = get(column);
		if (value == null) {
			if (required) {
				problem(column, "is empty; one of " + Arrays.toString(type.getEnumConstants()));
			}
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problem(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		return null;
	}

	/** Splits a list cell on {@code |}; an empty cell is no list. */
	List<String> list(String column) {
		String cell = get(column);
		if (cell == null) {
			return null;
		}
		List<String> items = new ArrayList<>();
		for (String item : cell.split(Pattern.quote(Interchange.LIST_SEPARATOR), -1)) {
			String stripped = item.strip();
			if (!stripped.isEmpty()) {
				items.add(stripped);
			}
		}
		return items.isEmpty() ? null : List.copyOf(items);
	}

	/** Checks that there is one quote for each source. */
	void checkEvidence(List<String> sources, List<String> evidence, String sourcesColumn, String evidenceColumn) {
		int sourceCount = (sources != null) ? sources.size() : 0;
		int evidenceCount = (evidence != null) ? evidence.size() : 0;
		if (sourceCount != evidenceCount) {
			problem(evidenceColumn, evidenceCount + " quote(s) for " + sourceCount
					+ " source(s); quote i must quote source i of " + sourcesColumn);
		}
	}

	/**
	 * Checks that a column only the {@code owner} type has is empty on a row of another.
	 */
	void onlyFor(RelationType type, RelationType owner, String column, Object value) {
		if (value != null && type != owner) {
			problem(column, "only a " + owner + " relation has a " + column + "; this row is " + type);
		}
	}

}
