package org.chanjiao.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.EmbeddedNeo4j;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults of the database: stopped mid-run, requests answer UNAVAILABLE within 5 s and
 * health is DOWN; started again, the application recovers without a restart. And a slow
 * statement is stopped by its transaction timeout.
 */
@IntegrationTest
class DatabaseFaultTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4j server;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void shouldAnswerUnavailableWhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws Exception {
		assertThat(query().body()).contains("广东工程职业技术学院");
		this.server.stop();
		try {
			long started = System.nanoTime();
			HttpResponse<String> down = query();
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(down.body()).contains("\"classification\":\"UNAVAILABLE\"")
				.contains("The database is unavailable")
				.doesNotContain("Exception");
			assertThat(millis).as("answered within 5 s").isLessThan(5_000);
			System.out.println("database down: UNAVAILABLE answered in " + millis + " ms");
			HttpResponse<String> health = this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");
		}
		finally {
			this.server.start();
		}
		// The driver reconnects by itself; the first requests may still see the old pool.
		long deadline = System.currentTimeMillis() + 30_000;
		String body = "";
		while (System.currentTimeMillis() < deadline && !body.contains("广东工程职业技术学院")) {
			body = query().body();
			Thread.sleep(200);
		}
		assertThat(body).contains("广东工程职业技术学院");
		System.out.println("database back: answering again " + (30_000 - (deadline - System.currentTimeMillis()))
				+ " ms after start()");
	}

	@Test
	void shouldStopASlowStatementAtItsTimeoutAndFreeIt() {
		long started = System.nanoTime();
		assertThatExceptionOfType(Neo4jException.class)
			.isThrownBy(() -> this.store.inRead(
					(tx) -> tx.run("UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n").single(),
					Duration.ofMillis(500)))
			.satisfies((ex) -> assertThat(ex.code()).containsAnyOf("TimedOut", "Terminated"));
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
		assertThat(this.store.read(
				"SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 1000000000)' "
						+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n",
				Map.of(), (r) -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	private HttpResponse<String> query() throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ organization(id: \\\"gdep\\\") { name } }\"}",
					StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
