package org.chanjiao.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one interchange folder, in the order they are found: the first
 * {@link ImportException#MAX_PROBLEMS} with their file, line, column and reason, the rest
 * only counted. {@link #throwIfAny} refuses the folder with all of them.
 */
final class ImportProblems {

	private final List<ImportProblem> problems = new ArrayList<>();

	private int omitted;

	void add(String file, long line, String column, String reason) {
		if (this.problems.size() < ImportException.MAX_PROBLEMS) {
			this.problems.add(new ImportProblem(file, line, column, reason));
		}
		else {
			this.omitted++;
		}
	}

	/**
	 * How many problems were found so far, listed or not: a mark for {@link #noneSince}.
	 */
	int found() {
		return this.problems.size() + this.omitted;
	}

	/** Whether no problem was found since {@link #found} returned {@code mark}. */
	boolean noneSince(int mark) {
		return found() == mark;
	}

	/**
	 * Throws when any problem was found, with a last line counting those beyond the
	 * listed ones.
	 * @throws ImportException with every listed problem
	 */
	void throwIfAny() {
		if (this.problems.isEmpty()) {
			return;
		}
		List<ImportProblem> all = new ArrayList<>(this.problems);
		if (this.omitted > 0) {
			all.add(new ImportProblem("(all files)", 0, null,
					this.omitted + " further problem(s) not listed; fix the above and try again"));
		}
		throw new ImportException(all);
	}

}
