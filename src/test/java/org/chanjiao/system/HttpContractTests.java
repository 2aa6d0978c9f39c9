package org.chanjiao.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the specification says, and the request limits: each answered
 * before any database work with the limit's name and value.
 */
@IntegrationTest
class HttpContractTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	DocumentCache.CachingDocumentProvider documents;

	HttpResponse<String> post(String contentType, String accept, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (accept != null) {
			request.header("Accept", accept);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String query, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String json(String query) {
		return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	static String json(String query, String variables) {
		String body = json(query);
		return body.substring(0, body.length() - 1) + ",\"variables\":" + variables + "}";
	}

	// --- POST

	@Test
	void shouldAnswerGraphQlResponseJsonByDefaultAndJsonWhenAsked() throws Exception {
		HttpResponse<String> preferred = post("application/json", "application/graphql-response+json",
				json("{ documents { id } }"));
		assertThat(preferred.statusCode()).isEqualTo(200);
		assertThat(preferred.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		HttpResponse<String> legacy = post("application/json", "application/json", json("{ documents { id } }"));
		assertThat(legacy.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
	}

	@Test
	void shouldAnswer4xxForBodiesThatAreNotGraphQlRequests() throws Exception {
		assertThat(post("application/json", null, "{not json").statusCode()).isEqualTo(400);
		assertThat(post("text/plain", null, json("{ documents { id } }")).statusCode()).isEqualTo(415);
		// A document the engine cannot parse or validate: 4xx with graphql-response+json.
		HttpResponse<String> invalid = post("application/json", "application/graphql-response+json",
				json("{ noSuchField }"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("noSuchField");
		HttpResponse<String> wrongType = post("application/json", "application/graphql-response+json",
				"{\"query\":\"query($n: Int) { organizations(first: $n) { totalCount } }\",\"variables\":{\"n\":\"ten\"}}");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "[]", "[{\"query\":\"{ documents { id } }\"}]", "1", "-0.5",
			"\"{ documents { id } }\"", "true", "false", "", "   ", "{\"query\":\"{ documents { id } }\"} {}",
			"{\"query\":1}", "{\"query\":false}", "{\"query\":[\"{ documents { id } }\"]}",
			"{\"query\":{\"obj\":\"ect\"}}", "{\"query\":null}", "{\"notquery\":\"{ documents { id } }\"}",
			"{\"query\":\"{ documents { id } }\",\"operationName\":0}",
			"{\"query\":\"{ documents { id } }\",\"operationName\":true}",
			"{\"query\":\"{ documents { id } }\",\"operationName\":[\"x\"]}",
			"{\"query\":\"{ documents { id } }\",\"variables\":[]}",
			"{\"query\":\"{ documents { id } }\",\"variables\":\"{}\"}",
			"{\"query\":\"{ documents { id } }\",\"extensions\":7}" })
	void shouldAnswer400WithAGraphQlErrorForEveryBodyThatIsNotAGraphQlRequest(String body) throws Exception {
		for (String accept : new String[] { null, "application/json", "application/graphql-response+json" }) {
			HttpResponse<String> response = post("application/json", accept, body);
			assertThat(response.statusCode()).as("%s (Accept %s)", body, accept).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith((accept == null || accept.contains("graphql-response"))
							? "application/graphql-response+json" : "application/json"));
			assertThat(response.body()).as(body)
				.startsWith("{\"errors\":[{")
				.contains("\"message\":\"")
				.doesNotContain("\"data\"")
				.doesNotContain("Exception")
				.doesNotContain("timestamp");
		}
	}

	@Test
	void shouldNameWhatIsWrongWithABody() throws Exception {
		assertThat(post("application/json", null, "null").body())
			.contains("The request body must be a JSON object with a query, not null");
		assertThat(post("application/json", null, "{\"query\":7}").body())
			.contains("query must be a string, not a number");
		assertThat(
				post("application/json", null, "{\"query\":\"{ documents { id } }\",\"operationName\":false}").body())
			.contains("operationName must be a string or null, not a boolean");
		assertThat(post("application/json", null, "{\"query\":\"{ documents { id } }\",\"variables\":[1]}").body())
			.contains("variables must be a JSON object or null, not a list");
		assertThat(post("application/json", null, "{not json").body()).contains("not valid JSON");
	}

	@Test
	void shouldStillAnswerAValidRequestWithNullOperationNameVariablesAndExtensions() throws Exception {
		HttpResponse<String> response = post("application/json", "application/graphql-response+json",
				"{\"query\":\"{ organization(id: \\\"gdep\\\") { name } }\",\"operationName\":null,"
						+ "\"variables\":null,\"extensions\":null}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("广东工程职业技术学院");
	}

	@Test
	void shouldRefuseAnOversizedBodyOfUndeclaredLength() throws Exception {
		String huge = json("{ search(text: \"" + "长".repeat(400_000) + "\") { id } }");
		byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
		// A stream publisher of unknown length: sent chunked, without Content-Length.
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("chanjiao.limits.max-body-bytes = 1048576");
	}

	// --- GET

	@Test
	void shouldAnswerQueriesOverGetWithETagAndCacheControl() throws Exception {
		HttpResponse<String> first = get("{ organization(id: \"gdep\") { name } }");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("广东工程职业技术学院");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = get("{ organization(id: \"gdep\") { name } }", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void shouldNeverRunAMutationOverGet() throws Exception {
		HttpResponse<String> response = get("mutation { deleteRelation(id: \"x\", reason: \"y\") }");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void shouldNotCacheAnswersWithErrorsOrCredentials() throws Exception {
		assertThat(get("{ neighborhood(id: \"nope\") { nodes { id } } }").headers().firstValue("Cache-Control"))
			.hasValue("no-store");
		assertThat(get("{ documents { id } }", "Authorization", "Bearer editor-token-for-tests").headers()
			.firstValue("Cache-Control")).hasValue("no-store");
	}

	// --- limits

	@Test
	void shouldRefuseADocumentDeeperThanTheLimit() throws Exception {
		String deep = "{ organization(id: \"gdep\") {" + " relations { to {".repeat(5) + " id" + " } }".repeat(5)
				+ " } }";
		assertThat(post("application/json", "application/json", json(deep)).body())
			.contains("chanjiao.limits.max-query-depth = 10")
			.contains("\"limit\":\"max-query-depth\"")
			.doesNotContain("\"data\":{");
	}

	@Test
	void shouldRefuseADocumentCostlierThanTheLimit() throws Exception {
		String costly = "{ organizations(first: 500) { edges { node { relations { to { relations { to { id } } } } } } } }";
		assertThat(post("application/json", "application/json", json(costly)).body())
			.contains("chanjiao.limits.max-query-complexity = 100000");
	}

	@Test
	void shouldMeasureTheCostAgainWhenTheVariablesItDependsOnChange() throws Exception {
		// The same document passes or not by its variables: a cost measured once for
		// some values is not reused for others.
		String costly = "query($first: Int) { organizations(first: $first) { edges { node {"
				+ " relations { to { relations { to { id } } } } } } } }";
		String deep = "query($id: ID!, $deep: Boolean!) { organization(id: $id) { id" + " relations { from {".repeat(5)
				+ " id @include(if: $deep)" + " } }".repeat(5) + " } }";
		for (int i = 0; i < 2; i++) {
			assertThat(post("application/json", "application/json", json(costly, "{\"first\": 1}")).body())
				.doesNotContain("errors")
				.contains("\"data\":{");
			assertThat(post("application/json", "application/json", json(costly, "{\"first\": 500}")).body())
				.contains("chanjiao.limits.max-query-complexity = 100000")
				.doesNotContain("\"data\":{");
			assertThat(post("application/json", "application/json", json(deep, "{\"id\": \"scnu\", \"deep\": true}"))
				.body()).contains("chanjiao.limits.max-query-depth = 10");
			// Another organisation's id changes nothing: still refused.
			assertThat(post("application/json", "application/json", json(deep, "{\"id\": \"gdep\", \"deep\": true}"))
				.body()).contains("chanjiao.limits.max-query-depth = 10");
		}
	}

	@Test
	void shouldRefuseTooManyAliasesAndFields() throws Exception {
		String aliases = IntStream.range(0, 51)
			.mapToObj((i) -> "a" + i + ": documents { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertThat(post("application/json", "application/json", json(aliases)).body())
			.contains("The query uses 51 aliases; the limit is chanjiao.limits.max-aliases = 50");
		String fields = IntStream.range(0, 501)
			.mapToObj((i) -> "id")
			.collect(Collectors.joining(" ", "{ organization(id: \"gdep\") { ", " } }"));
		assertThat(post("application/json", "application/json", json(fields)).body())
			.contains("the limit is chanjiao.limits.max-fields = 500");
	}

	@Test
	void shouldRefuseADocumentOverTheLimitsEveryTimeEvenWhenItsParsedDocumentIsCached() throws Exception {
		// Deep but valid: its parsed and validated document is cached after the first
		// request, and the depth limit is still checked on every later one.
		String deep = "{ documents { id } organization(id: \"scnu\") {" + " relations { from {".repeat(5) + " id"
				+ " } }".repeat(5) + " } }";
		String aliases = IntStream.range(0, 51)
			.mapToObj((i) -> "b" + i + ": documents { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		String costly = "{ documents { id } organizations(first: 500) { edges { node {"
				+ " relations { to { relations { to { id } } } } } } } }";
		for (int i = 0; i < 3; i++) {
			assertThat(post("application/json", "application/json", json(costly)).body())
				.contains("chanjiao.limits.max-query-complexity = 100000")
				.doesNotContain("\"data\":{");
			assertThat(post("application/json", "application/json", json(deep)).body())
				.contains("chanjiao.limits.max-query-depth = 10")
				.doesNotContain("\"data\":{");
			assertThat(post("application/json", "application/json", json(aliases)).body())
				.contains("The query uses 51 aliases; the limit is chanjiao.limits.max-aliases = 50");
		}
		assertThat(this.documents.holds(deep)).isTrue();
		assertThat(this.documents.holds(costly)).isTrue();
		// A document that does not validate is not kept: its errors are produced afresh.
		assertThat(post("application/json", "application/json", json("{ noSuchField }")).body())
			.contains("noSuchField");
		assertThat(this.documents.holds("{ noSuchField }")).isFalse();
	}

	@Test
	void shouldRefuseABodyLargerThanTheLimit() throws Exception {
		String huge = json("{ search(text: \"" + "长".repeat(400_000) + "\") { id } }");
		HttpResponse<String> response = post("application/json", null, huge);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("chanjiao.limits.max-body-bytes = 1048576");
	}

	@Test
	void shouldRateLimitMutationsPerClient() throws Exception {
		String invalid = json("mutation { createOrganization(input: {name: \" \", kind: ENTERPRISE}) { id } }");
		// 300 a minute with bursts of 300: the bucket refills by 5 a second while this
		// runs.
		int sent = 0;
		String refusal = null;
		while (refusal == null && sent < 1000) {
			String body = post("application/json", "application/json", invalid, "Authorization",
					"Bearer flood-token-for-tests")
				.body();
			sent++;
			if (body.contains("mutations-per-minute")) {
				refusal = body;
			}
		}
		assertThat(sent).isGreaterThan(300);
		assertThat(refusal).contains("Too many mutations from this client")
			.contains("chanjiao.limits.mutations-per-minute = 300");
		// Other clients are not affected.
		assertThat(
				post("application/json", "application/json", invalid, "Authorization", "Bearer editor-token-for-tests")
					.body())
			.contains("input.name")
			.doesNotContain("mutations-per-minute");
	}

	// --- exposure

	@Test
	void shouldAllowOnlyConfiguredOriginsAndSendSecurityHeaders() throws Exception {
		HttpResponse<String> allowed = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://explorer.example.org")
				.header("Access-Control-Request-Method", "POST")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue("https://explorer.example.org");
		HttpResponse<String> foreign = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://evil.example.com")
				.header("Access-Control-Request-Method", "POST")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> page = post("application/json", null, json("{ documents { id } }"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

}
