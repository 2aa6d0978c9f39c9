package org.chanjiao.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.chanjiao.transfer.GraphChecksum;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile documents and variables, generated with jqwik's
 * arbitraries from a fixed seed, sent over HTTP to every query and mutation: never a 5xx,
 * never a stack trace, class name or Cypher text in a response; read-only fuzzing leaves
 * the graph's checksum unchanged; injection text given as a name is stored literally.
 */
@IntegrationTest
class FuzzTests {

	static final long SEED = 20261129L;

	static final List<String> HOSTILE = List.of("'}) MATCH (n) DETACH DELETE n //", "\") RETURN 1 //", "x' OR '1'='1",
			"\u0000", "a\u0000b", "长隆\" OR *:* AND (", "${jndi:ldap://x}", "<script>alert(1)</script>",
			"\uD83D\uDE00\uD800", "\uFFFF\uFFFE", "-1", "9223372036854775807", "1e309", "[]", "{}", "null", "true",
			"\\", "'", "\"", "`", "*", "?", "~", "%00", "../../etc/passwd", " ");

	static final List<String> QUERIES = List.of(
			"query($v: ID!) { organization(id: $v) { id name relations { id } coFounders { id } cooperationModel { derived } } }",
			"query($v: String) { organizations(nameContains: $v, first: 5) { totalCount edges { cursor } } }",
			"query($v: String) { organizations(after: $v) { edges { node { id } } } }",
			"query($v: String!) { search(text: $v) { id } }",
			"query($v: ID!) { neighborhood(id: $v) { nodes { id } } }",
			"query($v: ID!) { shortestPath(from: $v, to: \"gdep\") { length } }",
			"query($v: ID!) { history(id: $v) { id } }", "query($v: ID!) { relation(id: $v) { id } }",
			"query($v: Int) { organizations(first: $v) { totalCount } }",
			"query($v: Int) { neighborhood(id: \"gdep\", depth: $v) { nodes { id } } }",
			"query($v: Int) { shortestPath(from: \"gdep\", to: \"scnu\", maxHops: $v) { length } }",
			"query($v: Int) { enterprisesSpanningColleges(minColleges: $v) { collegeCount } }",
			"query($v: [OrgKind!]) { search(text: \"长隆\", kinds: $v) { id } }",
			"query($v: [RelationType!]) { neighborhood(id: \"gdep\", types: $v) { nodes { id } } }");

	static final List<String> MUTATIONS = List.of(
			"mutation($v: String!) { createOrganization(input: {name: $v, kind: ENTERPRISE}) { id } }",
			"mutation($v: ID!) { updateOrganization(id: $v, version: 0, input: {region: \"x\"}) { id } }",
			"mutation($v: ID!) { deprecateRelation(id: $v, reason: \"fuzz\") { id } }",
			"mutation($v: ID!) { mergeOrganizations(survivorId: $v, duplicateId: \"gdep\") { id } }",
			"mutation($v: ID!) { addRelation(input: {from: $v, to: \"gdep\", type: PARTNERS_WITH}) { id } }");

	static final List<String> LEAKS = List.of("Exception", "\tat ", "org.chanjiao", "org.neo4j", "java.lang", "MATCH (",
			"DETACH DELETE n RETURN", "UNWIND $");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphChecksum checksum;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Any string: every Unicode plane, lone surrogates, control characters, long runs.
	 */
	static Arbitrary<String> strings() {
		Arbitrary<String> anyUnicode = Arbitraries.strings()
			.all()
			.ofMaxLength(300)
			.withLengthDistribution(RandomDistribution.biased());
		Arbitrary<String> huge = Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1000).ofMaxLength(20_000);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, anyUnicode),
				net.jqwik.api.Tuple.of(3, Arbitraries.of(HOSTILE)), net.jqwik.api.Tuple.of(1, huge));
	}

	/** Any variable value: strings, numbers out of every range, wrong types, nesting. */
	static Arbitrary<Object> values() {
		return Arbitraries.oneOf(strings().map((s) -> s), Arbitraries.integers().map((i) -> i),
				Arbitraries.longs().map((l) -> l), Arbitraries.doubles().map((d) -> d),
				Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map((b) -> b), strings().list().ofMaxSize(5).map((l) -> l),
				Arbitraries.just(Map.of("deep", List.of(Map.of()))));
	}

	/** Random documents: syntax garbage, deep nesting, huge selections. */
	static Arbitrary<String> documents() {
		return Arbitraries.oneOf(strings(), Arbitraries.integers().between(1, 5000).map((n) -> "{".repeat(n)),
				Arbitraries.integers()
					.between(1, 300)
					.map((n) -> "{ organization(id: \"gdep\") {" + " relations { to {".repeat(n) + " id"
							+ " } }".repeat(n) + " } }"),
				Arbitraries.integers().between(1, 2000).map((n) -> "{ " + "documents { id } ".repeat(n) + "}"),
				Arbitraries.of(QUERIES).map((q) -> q.substring(0, new Random(q.length()).nextInt(q.length()))));
	}

	@Test
	void shouldAnswerEveryHostileReadWithoutFailingOrLeakingOrWriting() throws Exception {
		String before = this.checksum.compute();
		Random random = new Random(SEED);
		int sent = 0;
		List<Object> values = values().sampleStream().limit(1500).toList();
		for (Object value : values) {
			String query = QUERIES.get(random.nextInt(QUERIES.size()));
			Map<String, Object> variables = new HashMap<>();
			variables.put("v", value);
			check(send(Map.of("query", query, "variables", variables), null), query, value);
			sent++;
		}
		for (String document : documents().sampleStream().limit(500).toList()) {
			check(send(Map.of("query", document), null), document, null);
			sent++;
		}
		assertThat(sent).isEqualTo(2000);
		assertThat(this.checksum.compute()).as("the graph after read-only fuzzing").isEqualTo(before);
	}

	@Test
	void shouldAnswerHostileMutationsWithoutFailingOrLeaking() throws Exception {
		String before = this.checksum.compute();
		List<Object> values = values().sampleStream().limit(150).toList();
		Random random = new Random(SEED);
		for (Object value : values) {
			String mutation = MUTATIONS.get(random.nextInt(MUTATIONS.size()));
			Map<String, Object> variables = new HashMap<>();
			variables.put("v", value);
			// Without a token nothing may be written, whatever the input.
			check(send(Map.of("query", mutation, "variables", variables), null), mutation, value);
		}
		assertThat(this.checksum.compute()).as("the graph after anonymous mutations").isEqualTo(before);
	}

	@Test
	void shouldStoreInjectionTextGivenAsANameLiterally() throws Exception {
		try {
			for (int i = 0; i < HOSTILE.size(); i++) {
				String name = HOSTILE.get(i);
				Map<String, Object> input = Map.of("id", "fixture-fuzz-" + i, "name", name, "kind", "ENTERPRISE");
				String body = send(Map.of("query",
						"mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name } }",
						"variables", Map.of("input", input)), "editor-token-for-tests")
					.body();
				check200(body, name);
				if (body.contains("\"createOrganization\":{")) {
					String stored = this.store
						.read("MATCH (o:Organization {id: $id}) RETURN o.name AS name",
								Map.of("id", "fixture-fuzz-" + i), (r) -> r.get("name").asString())
						.get(0);
					assertThat(stored).as("stored name of %s", name).isEqualTo(name.strip());
				}
				else {
					assertThat(body).as("refusal of %s", name).contains("BAD_REQUEST");
				}
			}
			// The injection did not run: the seeds are all still there.
			assertThat(this.store.read("MATCH (o:Organization {id: 'gdep'}) RETURN count(o) AS n", Map.of(),
					(r) -> r.get("n").asLong()))
				.containsExactly(1L);
			assertThat(this.store.read("MATCH (o:Organization {id: 'fixture-fuzz-0'}) RETURN o.name AS n", Map.of(),
					(r) -> r.get("n").asString()))
				.containsExactly("'}) MATCH (n) DETACH DELETE n //");
		}
		finally {
			this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-fuzz-' DETACH DELETE o", Map.of(),
					(r) -> r);
		}
	}

	private HttpResponse<String> send(Map<String, Object> body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static final Set<Integer> EXPECTED = Set.of(200, 400, 401, 413, 415);

	private static void check(HttpResponse<String> response, String document, Object value) {
		String input = abbreviate(document) + " with " + abbreviate(String.valueOf(value));
		assertThat(response.statusCode()).as("status for %s: %s", input, abbreviate(response.body())).isIn(EXPECTED);
		noLeak(response.body(), document + String.valueOf(value), input);
	}

	private static void check200(String body, String name) {
		noLeak(body, name, name);
	}

	/**
	 * A leak is one of {@link #LEAKS} in a response, unless the input itself carried it
	 * (an echo).
	 */
	private static void noLeak(String body, String input, String description) {
		for (String leak : LEAKS) {
			if (!input.contains(leak)) {
				assertThat(body).as("response to %s: %s", description, abbreviate(body)).doesNotContain(leak);
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…(" + text.length() + ")" : text;
	}

}
