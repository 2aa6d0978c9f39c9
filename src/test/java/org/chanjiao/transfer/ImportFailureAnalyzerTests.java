package org.chanjiao.transfer;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailureAnalyzerTests {

	@Test
	void shouldListEveryProblemAndSayHowToGoOn() {
		ImportException refused = new ImportException(
				List.of(new ImportProblem("nodes.csv", 7, "kind", "'UNIVERSITY' is not one of [...]")));
		FailureAnalysis analysis = new ImportFailureAnalyzer().analyze(new IllegalStateException(refused));
		assertThat(analysis.getDescription()).contains("nodes.csv:7 column kind: 'UNIVERSITY' is not one of")
			.contains("nothing written");
		assertThat(analysis.getAction()).contains("chanjiao.seeds.load-on-start=false");
	}

}
