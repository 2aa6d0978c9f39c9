package org.chanjiao.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.chanjiao.transfer.GraphChecksum;
import org.chanjiao.organization.StoredType;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile documents and variables ({@link FuzzInputs}, from a
 * fixed seed printed on failure), sent over HTTP to every query and mutation: never a
 * 5xx, never a stack trace, class name or Cypher text in a response; read-only and
 * anonymous fuzzing leave the graph's checksum unchanged; mutation fuzzing with an EDITOR
 * token changes the graph by exactly the mutations it accepted; injection text given as a
 * name is stored literally.
 */
@IntegrationTest
class FuzzTests {

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

	/** The organisation the EDITOR fuzz updates (and the prefix of those it creates). */
	static final String BASE = "fixture-mfuzz-base";

	static final String EDITOR = "fuzz-token-for-tests";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphChecksum checksum;

	@Autowired
	GraphStore store;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void shouldAnswerEveryHostileReadWithoutFailingOrLeakingOrWriting() {
		FuzzInputs fuzz = FuzzInputs.seeded();
		fuzz.run(() -> {
			String before = this.checksum.compute();
			int sent = 0;
			for (int i = 0; i < 1500; i++) {
				String query = fuzz.pick(QUERIES);
				Object value = fuzz.value();
				Map<String, Object> variables = new HashMap<>();
				variables.put("v", value);
				check(send(Map.of("query", query, "variables", variables), null), query, value);
				sent++;
			}
			for (int i = 0; i < 500; i++) {
				String document = fuzz.document(QUERIES);
				check(send(Map.of("query", document), null), document, null);
				sent++;
			}
			assertThat(sent).isEqualTo(2000);
			assertThat(this.checksum.compute()).as("the graph after read-only fuzzing").isEqualTo(before);
		});
	}

	@Test
	void shouldAnswerHostileAnonymousMutationsWithoutFailingOrLeakingOrWriting() {
		FuzzInputs fuzz = FuzzInputs.seeded();
		fuzz.run(() -> {
			String before = this.checksum.compute();
			for (int i = 0; i < 150; i++) {
				String mutation = fuzz.pick(MUTATIONS);
				Object value = fuzz.value();
				Map<String, Object> variables = new HashMap<>();
				variables.put("v", value);
				// Without a token nothing may be written, whatever the input.
				check(send(Map.of("query", mutation, "variables", variables), null), mutation, value);
			}
			assertThat(this.checksum.compute()).as("the graph after anonymous mutations").isEqualTo(before);
		});
	}

	/**
	 * Hostile input through the validation path: mutations an EDITOR may send, on
	 * organisations of the fuzz's own, with random values. Each answer is an acceptance
	 * or a refusal; afterwards the graph is the graph before plus exactly what was
	 * accepted, row by row as {@link GraphChecksum} reads it, and the checksum is that of
	 * the expected rows.
	 */
	@Test
	void shouldChangeTheGraphByExactlyTheMutationsAnEditorHadAccepted() {
		FuzzInputs fuzz = FuzzInputs.seeded();
		List<String> created = new ArrayList<>();
		try {
			fuzz.run(() -> {
				JsonNode base = graphQl(Map.of("query", """
						mutation { createOrganization(input: {id: "%s", name: "模糊测试基准企业", kind: ENTERPRISE}) { id } }
						""".formatted(BASE)), EDITOR);
				assertThat(base.at("/data/createOrganization/id").asString()).isEqualTo(BASE);
				Map<String, Row> expected = rows();
				String before = this.checksum.compute();
				assertThat(sha256(expected.values())).as("the test's reading of the checksum").isEqualTo(before);
				long version = 0;
				int accepted = 0;
				int refused = 0;
				int acceptedUpdates = 0;
				for (int i = 0; i < 200; i++) {
					int template = fuzz.nextInt(5);
					// A third each: any string, any value, a plausible value (which may
					// pass).
					Object value = switch (fuzz.nextInt(3)) {
						case 0 -> fuzz.string();
						case 1 -> fuzz.value();
						default -> (template == 4) ? fuzz.year() : fuzz.printable();
					};
					Map<String, Object> variables = new HashMap<>();
					variables.put("v", value);
					String mutation;
					String id = BASE;
					if (template == 0) {
						id = "fixture-mfuzz-" + i;
						variables.put("id", id);
						mutation = "mutation($id: ID!, $v: String!) { createOrganization(input: "
								+ "{id: $id, name: $v, kind: ENTERPRISE}) { id } }";
					}
					else if (template == 1) {
						mutation = "mutation($v: ID!) { createOrganization(input: "
								+ "{id: $v, name: \"模糊测试机构\", kind: ENTERPRISE}) { id } }";
					}
					else {
						String field = List.of("name", "region", "founded").get(template - 2);
						String type = field.equals("founded") ? "Int" : "String";
						// One in five a stale version: refused whatever the value.
						variables.put("version", (fuzz.nextInt(5) == 0) ? version + 1 : version);
						mutation = "mutation($version: Int!, $v: %s) { updateOrganization(id: \"%s\", version: $version, input: {%s: $v}) { id } }"
							.formatted(type, BASE, field);
					}
					HttpResponse<String> response = send(Map.of("query", mutation, "variables", variables), EDITOR);
					check(response, mutation, value);
					JsonNode answer = JSON.readTree(response.body());
					JsonNode data = answer
						.at((template <= 1) ? "/data/createOrganization" : "/data/updateOrganization");
					if (response.statusCode() != 200 || data.isMissingNode() || data.isNull()) {
						assertThat(answer.path("errors").isEmpty()).as("a refusal without an error: %s", answer)
							.isFalse();
						refused++;
						continue;
					}
					assertThat(answer.has("errors")).as("an acceptance with errors: %s", answer).isFalse();
					accepted++;
					if (template > 1) {
						acceptedUpdates++;
					}
					Map<String, Row> actual = rows();
					if (template <= 1) {
						id = data.at("/id").asString();
						created.add(id);
						String name = (template == 0) ? normalized(value) : "模糊测试机构";
						if (template == 1 && normalized(value) != null) {
							assertThat(id).isEqualTo(normalized(value));
						}
						else if (template == 1) {
							// A blank id is no id: one is made from the name.
							assertThat(id).startsWith("org-");
						}
						Map<String, Object> properties = new TreeMap<>(
								Map.of("id", id, "name", name, "kind", "ENTERPRISE", "version", 0L, "createdAt",
										actual.get("O\t" + id).properties.get("createdAt")));
						expected.put("O\t" + id, new Row("O", id, List.of("Enterprise", "Organization"), properties));
					}
					else {
						Row row = expected.get("O\t" + BASE);
						Map<String, Object> properties = new TreeMap<>(row.properties);
						String field = List.of("name", "region", "founded").get(template - 2);
						Object stored = field.equals("founded") ? (Object) ((Number) value).longValue()
								: normalized(value);
						if (stored == null) {
							properties.remove(field);
						}
						else {
							properties.put(field, stored);
						}
						version++;
						properties.put("version", version);
						properties.put("updatedAt", actual.get("O\t" + BASE).properties.get("updatedAt"));
						expected.put("O\t" + BASE, new Row("O", BASE, row.labels, properties));
					}
					assertThat(differences(actual, expected))
						.as("the graph after accepting %s with %s", abbreviate(mutation),
								abbreviate(String.valueOf(value)))
						.isEmpty();
				}
				System.out.printf("mutation fuzz, seed %d: %d accepted (%d updates), %d refused%n", fuzz.seed, accepted,
						acceptedUpdates, refused);
				assertThat(accepted).as("accepted").isGreaterThan(10);
				assertThat(acceptedUpdates).as("accepted updates").isGreaterThan(10);
				assertThat(refused).as("refused").isGreaterThan(50);
				Map<String, Row> after = rows();
				assertThat(differences(after, expected)).as("the graph after the fuzz").isEmpty();
				// Rows in the checksum's order (the database's), contents the expected
				// ones.
				List<Row> inOrder = after.keySet().stream().map(expected::get).toList();
				assertThat(this.checksum.compute()).as("the checksum after the fuzz").isEqualTo(sha256(inOrder));
			});
		}
		finally {
			created.add(BASE);
			this.store.write("MATCH (o:Organization) WHERE o.id IN $ids DETACH DELETE o", Map.of("ids", created),
					(r) -> r);
		}
	}

	/** A text as the curation stores it: NFC, stripped, null when blank. */
	private static String normalized(Object value) {
		String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFC).strip();
		return text.isEmpty() ? null : text;
	}

	/** A row of the graph as {@link GraphChecksum} reads it. */
	record Row(String kind, String id, List<String> labels, Map<String, Object> properties) {

		Row {
			if (!kind.equals("R")) {
				labels = labels.stream().sorted().toList();
			}
		}

		String line() {
			return this.kind + "\t" + this.id + "\t" + this.labels + "\t" + new TreeMap<>(this.properties) + "\n";
		}

	}

	/** The rows that differ: "key: actual ≠ expected". */
	private static List<String> differences(Map<String, Row> actual, Map<String, Row> expected) {
		Set<String> keys = new java.util.TreeSet<>(actual.keySet());
		keys.addAll(expected.keySet());
		return keys.stream()
			.filter((key) -> !java.util.Objects.equals(actual.get(key), expected.get(key)))
			.map((key) -> key + ": " + actual.get(key) + " ≠ expected " + expected.get(key))
			.toList();
	}

	/** Every row, keyed by kind and id, in the checksum's order. */
	private Map<String, Row> rows() {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String query : List.of(
				"MATCH (d:Document) RETURN 'D' AS kind, d.id AS id, [] AS labels, properties(d) AS p ORDER BY d.id",
				"MATCH (o:Organization) RETURN 'O' AS kind, o.id AS id, labels(o) AS labels, properties(o) AS p ORDER BY o.id",
				"""
						MATCH (a:Organization)-[r]->(b:Organization)
						RETURN 'R' AS kind, r.id AS id, [type(r), a.id, b.id] AS labels, properties(r) AS p ORDER BY r.id
						""")) {
			for (Row row : this.store.read(query, Map.of(), FuzzTests::row)) {
				rows.put(row.kind() + "\t" + row.id(), row);
			}
		}
		return rows;
	}

	private static Row row(Record record) {
		List<String> labels = new java.util.ArrayList<>(record.get("labels").asList((v) -> v.asString()));
		Map<String, Object> properties = new TreeMap<>(record.get("p").asMap());
		if (record.get("kind").asString().equals("R")) {
			// As the interchange format (and GraphChecksum) has a relationship: its type,
			// and its status among its properties, whichever type it is stored under.
			StoredType.parse(labels.get(0)).ifPresent((stored) -> {
				labels.set(0, stored.type().name());
				properties.put("status", stored.status().name());
			});
		}
		return new Row(record.get("kind").asString(), record.get("id").asString(null), labels, properties);
	}

	private static String sha256(Iterable<Row> rows) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Row row : rows) {
			digest.update(row.line().getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private JsonNode graphQl(Map<String, Object> body, String token) throws Exception {
		return JSON.readTree(send(body, token).body());
	}

	@Test
	void shouldStoreInjectionTextGivenAsANameLiterally() throws Exception {
		try {
			for (int i = 0; i < FuzzInputs.HOSTILE.size(); i++) {
				String name = FuzzInputs.HOSTILE.get(i);
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
