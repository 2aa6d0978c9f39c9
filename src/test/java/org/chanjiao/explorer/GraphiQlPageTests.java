package org.chanjiao.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL at {@code /graphiql} is this application's page: it and everything it loads
 * are served from here, under a Content-Security-Policy that allows this origin only.
 * ({@link GraphiQlBrowserTests} checks in Chromium that the page works under it.)
 */
@IntegrationTest
class GraphiQlPageTests {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void shouldServeGraphiQlUnderAPolicyThatAllowsNothingButThisOrigin() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<div id=\"graphiql\"").contains("graphiql/assets/graphiql.js");

		Map<String, List<String>> policy = policy(page);
		assertThat(policy).containsEntry("default-src", List.of("'none'"))
			.containsEntry("script-src", List.of("'self'"))
			.containsEntry("connect-src", List.of("'self'"))
			.containsEntry("font-src", List.of("'self'"))
			.containsEntry("img-src", List.of("'self'", "data:"))
			.containsEntry("worker-src", List.of("'self'"))
			.containsEntry("frame-ancestors", List.of("'none'"));
		// Monaco adds <style> elements at run time; styles may be inline, never from
		// elsewhere.
		assertThat(policy).containsEntry("style-src", List.of("'self'", "'unsafe-inline'"));
		// (Monaco's squiggles are data: SVG images; data: loads nothing from elsewhere)
		assertThat(policy.values().stream().flatMap(List::stream).filter((source) -> !source.equals("data:")))
			.as("no host, other scheme or wildcard: only this origin")
			.allMatch((source) -> source.startsWith("'"));
		assertThat(policy.entrySet()).filteredOn((e) -> e.getValue().contains("data:"))
			.extracting(Map.Entry::getKey)
			.containsExactly("img-src");
	}

	@Test
	void shouldServeEveryAssetThePageReferencesFromTheApplicationUnderTheSamePolicy() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		List<String> references = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(page.body());
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		assertThat(references).contains("graphiql/assets/graphiql.js", "graphiql/assets/graphiql.css",
				"graphiql/examples.js");
		for (String reference : references) {
			assertThat(reference).as("no CDN: GraphiQL must work offline")
				.doesNotContain("//")
				.doesNotStartWith("http")
				.doesNotStartWith("/");
			HttpResponse<String> asset = get("/" + reference);
			assertThat(asset.statusCode()).as(reference).isEqualTo(200);
			assertThat(asset.body()).as(reference).isNotBlank();
			assertThat(policy(asset)).as(reference).isEqualTo(policy(page));
		}
		// Monaco's workers run under their own response's policy.
		for (String worker : List.of("editor", "json", "graphql")) {
			HttpResponse<String> script = get("/graphiql/assets/" + worker + ".worker.js");
			assertThat(script.statusCode()).isEqualTo(200);
			assertThat(policy(script)).isEqualTo(policy(page));
		}
		assertThat(get("/graphiql/assets/THIRD-PARTY-LICENSES.txt").body()).contains("graphiql@5.")
			.contains("@graphiql/plugin-explorer@")
			.contains("react@19.")
			.contains("monaco-editor@");
	}

	@Test
	void shouldReplaceSpringsGraphiQlWhichLoadsFromACdn() throws Exception {
		String page = get("/graphiql").body();
		assertThat(page).doesNotContain("esm.sh").doesNotContain("unpkg").doesNotContain("jsdelivr");
		HttpResponse<String> head = this.http.send(
				request("/graphiql").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void shouldSendTheBundleGzippedToBrowsersThatAcceptIt() throws Exception {
		HttpResponse<byte[]> plain = this.http.send(request("/graphiql/assets/graphiql.js").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<byte[]> gzipped = this.http.send(
				request("/graphiql/assets/graphiql.js").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.body());
		}
	}

	private static Map<String, List<String>> policy(HttpResponse<?> response) {
		String header = response.headers()
			.firstValue("Content-Security-Policy")
			.orElseThrow(() -> new AssertionError(response.uri() + " has no Content-Security-Policy"));
		Map<String, List<String>> directives = new LinkedHashMap<>();
		for (String directive : header.split(";")) {
			List<String> words = Arrays.asList(directive.trim().split("\\s+"));
			directives.put(words.get(0), words.subList(1, words.size()));
		}
		return directives;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

}
