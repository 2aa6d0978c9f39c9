package org.chanjiao.network.analysis;

import java.util.List;

import org.chanjiao.network.analysis.CoFounding.Founding;
import org.chanjiao.network.analysis.CoFounding.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoFoundingTests {

	private static final List<Founding> FOUNDINGS = List.of(new Founding("school", "college-1", "LEAD"),
			new Founding("firm", "college-1", "PARTNER"), new Founding("school", "college-2", "LEAD"),
			new Founding("firm", "college-2", "LEAD"), new Founding("city", "college-2", "PARTNER"),
			new Founding("other-school", "community", "LEAD"), new Founding("school", "community", "LEAD"));

	@Test
	void shouldWeighPairsByTheNumberOfPlatformsFoundedTogether() {
		assertThat(CoFounding.pairs(FOUNDINGS, false)).containsExactly(
				new Pair("firm", "school", List.of("college-1", "college-2")),
				new Pair("city", "firm", List.of("college-2")), new Pair("city", "school", List.of("college-2")),
				new Pair("other-school", "school", List.of("community")));
	}

	@Test
	void shouldCountOnlyLeadCoFoundingsWhenAsked() {
		assertThat(CoFounding.pairs(FOUNDINGS, true)).containsExactly(new Pair("firm", "school", List.of("college-2")),
				new Pair("other-school", "school", List.of("community")));
	}

}
