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

	private static String summary(List<ImportProblem> problems) {
		return problems.size() + " problem(s), nothing written:\n"
				+ problems.stream().map((p) -> "  " + p).collect(Collectors.joining("\n"));
	}

}
