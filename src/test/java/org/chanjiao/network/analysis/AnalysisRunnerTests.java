package org.chanjiao.network.analysis;

import java.time.Duration;

import org.chanjiao.system.TimedOutException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisRunnerTests {

	@Test
	void shouldAnswerTimeoutInsteadOfWaitingForAComputationThatOverruns() {
		AnalysisRunner runner = new AnalysisRunner(1, Duration.ofMillis(100));
		try {
			long start = System.nanoTime();
			assertThatThrownBy(() -> runner.run("Sleeping", () -> {
				Thread.sleep(5_000);
				return 1;
			})).isInstanceOf(TimedOutException.class)
				.hasMessageContaining("Sleeping took longer than")
				.hasMessageContaining("chanjiao.analysis.timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			assertThat(runner.run("Adding", () -> 1 + 1)).isEqualTo(2);
		}
		finally {
			runner.destroy();
		}
	}

}
