package org.chanjiao.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page is served at {@code /}, and everything it loads comes from the
 * application itself (cytoscape.js from its WebJar), so it works with no internet.
 */
@IntegrationTest
class ExplorerPageTests {

	private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void shouldServeThePageAtTheRoot() throws Exception {
		HttpResponse<String> page = get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<div id=\"cy\"").contains("id=\"search\"").contains("产教融合");
	}

	@Test
	void shouldServeEveryScriptAndStylesheetThePageReferencesFromTheApplication() throws Exception {
		String page = get("/").body();
		Matcher scripts = SCRIPT.matcher(page);
		int count = 0;
		boolean cytoscape = false;
		while (scripts.find()) {
			String src = scripts.group(1);
			assertThat(src).as("no CDN: the page must work offline").doesNotStartWith("http").doesNotStartWith("//");
			HttpResponse<String> script = get(src.startsWith("/") ? src : "/" + src);
			assertThat(script.statusCode()).as(src).isEqualTo(200);
			assertThat(script.body()).as(src).isNotBlank();
			if (src.startsWith("/webjars/cytoscape/")) {
				cytoscape = true;
				assertThat(script.body()).contains("cytoscape");
			}
			count++;
		}
		assertThat(count).isEqualTo(3);
		assertThat(cytoscape).as("the page loads cytoscape.js from its WebJar").isTrue();
		Matcher stylesheet = STYLESHEET.matcher(page);
		assertThat(stylesheet.find()).isTrue();
		assertThat(get("/" + stylesheet.group(1)).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
