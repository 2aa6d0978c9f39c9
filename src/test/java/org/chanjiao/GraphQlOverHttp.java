package org.chanjiao;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL tester that talks to the running application over real HTTP. */
public final class GraphQlOverHttp {

	private GraphQlOverHttp() {
	}

	/**
	 * A tester for {@code http://localhost:PORT/graphql}, without credentials. It waits
	 * up to 30 s for an answer (not the default 5 s): the suite shares 2 cores with Neo4j
	 * and a browser, and a slow machine must not fail a correct answer.
	 */
	public static HttpGraphQlTester at(int port) {
		WebTestClient.Builder client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(30));
		return HttpGraphQlTester.builder(client).responseTimeout(Duration.ofSeconds(30)).build();
	}

}
