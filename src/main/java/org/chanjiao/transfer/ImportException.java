package org.chanjiao.transfer;

import java.util.List;
import java.util.stream.Collectors;

/** An input that was refused as a whole; nothing of it was written. */
public class ImportException extends RuntimeException {

	/** At most this many problems are collected; the rest are counted. */
	public static final int MAX_PROBLEMS = 100;

	private final List<ImportProblem> problems;

	public ImportException(List<ImportProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> getProblems() {
		return this.problems;
	}

	/** Relations whose end was deleted while the import ran. */
	static ImportException vanishedEnds(List<Dataset.RelationRow> rows) {
		return new ImportException(rows.stream()
			.limit(100)
			.map((row) -> new ImportProblem(Interchange.RELATIONS, row.line(), null,
					row.type() + " " + row.from() + " → " + row.to()
							+ ": an end was deleted while the import ran; nothing written"))
			.toList());
	}

	private static String summary(List<ImportProblem> problems) {
		return problems.size() + " problem(s), nothing written:\n"
				+ problems.stream().map((p) -> "  " + p).collect(Collectors.joining("\n"));
	}

}
