package org.chanjiao.network.analysis;

import java.util.List;

import org.chanjiao.network.analysis.TripleHelix.Observation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TripleHelixTests {

	@Test
	void shouldFindSynergyWhenEachPairIsIndependentButTheThreeAreNot() {
		// g, s, e each 1 bit; each pair takes all four values (2 bits); the three take
		// four of eight values (2 bits): T = 3 − 6 + 2 = −1
		TripleHelix.Result result = TripleHelix
			.of(List.of(new Observation(true, true, false), new Observation(false, true, true),
					new Observation(true, false, true), new Observation(false, false, false)));
		assertThat(result.hG()).isCloseTo(1.0, within(1e-12));
		assertThat(result.hGS()).isCloseTo(2.0, within(1e-12));
		assertThat(result.hGSE()).isCloseTo(2.0, within(1e-12));
		assertThat(result.t()).isCloseTo(-1.0, within(1e-12));
	}

	@Test
	void shouldFindOneBitWhenTheThreeAlwaysAgree() {
		// every entropy is 1 bit: T = 3 − 3 + 1
		TripleHelix.Result result = TripleHelix
			.of(List.of(new Observation(true, true, true), new Observation(true, true, true),
					new Observation(false, false, false), new Observation(false, false, false)));
		assertThat(result.t()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void shouldComputeAnUnevenCaseByHand() {
		// (1,1,0), (0,1,1), (0,1,1): H(g) = H(e) = h(1/3), H(s) = 0, all pairs and the
		// triple have two values with 1/3, 2/3: T = 2h + 0 − 3h + h = 0
		TripleHelix.Result result = TripleHelix.of(List.of(new Observation(true, true, false),
				new Observation(false, true, true), new Observation(false, true, true)));
		double h = -(1.0 / 3) * Math.log(1.0 / 3) / Math.log(2) - (2.0 / 3) * Math.log(2.0 / 3) / Math.log(2);
		assertThat(result.hG()).isCloseTo(h, within(1e-12));
		assertThat(result.hS()).isEqualTo(0.0);
		assertThat(result.t()).isCloseTo(0.0, within(1e-12));
		assertThat(TripleHelix.of(List.of()).t()).isEqualTo(0.0);
	}

}
