package org.chanjiao;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL tester that talks to the running application over real HTTP. */
public final class GraphQlOverHttp {

	private GraphQlOverHttp() {
	}

	/** A tester for {@code http://localhost:PORT/graphql}, without credentials. */
	public static HttpGraphQlTester at(int port) {
		return HttpGraphQlTester.create(WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + port + "/graphql")
			.build());
	}

}
