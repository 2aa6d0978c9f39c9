package org.chanjiao.transfer;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Bad seed data stops start-up with every problem listed by file, line and column. */
class ImportFailureAnalyzer extends AbstractFailureAnalyzer<ImportException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ImportException cause) {
		return new FailureAnalysis("The seed data was refused, " + cause.getMessage(),
				"Correct the rows named above in the seed folder (chanjiao.seeds.location), "
						+ "or start with chanjiao.seeds.load-on-start=false.",
				cause);
	}

}
