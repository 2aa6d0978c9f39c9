package org.chanjiao.transfer;

/**
 * One thing wrong with an input file, located so that a curator can fix it.
 *
 * @param file the file name, e.g. {@code relations.csv}
 * @param line the 1-based line the row starts on, or 0 for the file as a whole
 * @param column the column name, or {@code null} for the row as a whole
 * @param reason what is wrong
 */
public record ImportProblem(String file, long line, String column, String reason) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		if (this.column != null) {
			text.append(" column ").append(this.column);
		}
		return text.append(": ").append(this.reason).toString();
	}

}
