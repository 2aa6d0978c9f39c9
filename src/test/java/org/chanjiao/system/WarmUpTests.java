package org.chanjiao.system;

import java.net.URI;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up asks every question of the contract it names over real HTTP, and counts an
 * answer with errors or another status as a failure: on the seed graph, three rounds are
 * 3 × 7 questions and the spanning enterprises once, none failing; sent to a path that is
 * not the endpoint, every one fails.
 */
@IntegrationTest
class WarmUpTests {

	@LocalServerPort
	int port;

	@Autowired
	WarmUp warmUp;

	@Test
	void shouldAskEveryQuestionOfTheContractWithoutAnError() {
		WarmUp.Result result = this.warmUp.run(URI.create("http://127.0.0.1:" + this.port + "/graphql"), 3);

		assertThat(result.failures()).isEmpty();
		assertThat(result.sent()).isEqualTo(3 * 7 + 1);
		assertThat(result.failed()).isZero();
	}

	@Test
	void shouldCountAnswersThatAreNotAnswersAsFailures() {
		WarmUp.Result result = this.warmUp.run(URI.create("http://127.0.0.1:" + this.port + "/no-graphql-here"), 1);

		assertThat(result.sent()).isEqualTo(8);
		assertThat(result.failed()).isEqualTo(8);
		assertThat(result.failures()).hasSize(5).allSatisfy((f) -> assertThat(f).startsWith("HTTP 40"));
	}

	@Test
	void shouldRefuseANegativeNumberOfRounds() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new WarmUpProperties(-1, false))
			.withMessageContaining("chanjiao.warm-up.rounds must be 0 or more, was -1");
	}

}
