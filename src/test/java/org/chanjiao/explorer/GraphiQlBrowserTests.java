package org.chanjiao.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL in a real headless Chromium that can reach no host but the application's
 * ({@code --host-resolver-rules}): the IDE renders, its example tabs run, and every
 * request the page makes — documents, scripts, styles, fonts, workers, GraphQL — goes to
 * the application's origin, with no Content-Security-Policy violation. Without
 * /usr/bin/chromedriver these tests fail when the environment variable CI is set and are
 * skipped otherwise.
 */
@IntegrationTest
class GraphiQlBrowserTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Runs before any script of every page: records Content-Security-Policy violations
	 * and the answers the page's fetches receive (the response editor shows only the
	 * lines in view), without changing what the page does.
	 */
	private static final String RECORDER = """
			window.__violations = [];
			document.addEventListener('securitypolicyviolation',
				(e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : '')));
			window.__answers = [];
			const pageFetch = window.fetch;
			window.fetch = async (...args) => {
				const response = await pageFetch(...args);
				const answer = { url: response.url, status: response.status, body: null };
				window.__answers.push(answer);
				response.clone().text().then((body) => { answer.body = body; });
				return response;
			};
			""";

	/** GraphiQL's ▶ when it offers to execute (not to stop a running operation). */
	private static final By EXECUTE = By.cssSelector(".graphiql-execute-button[aria-label^='Execute query']");

	private static final List<String> EXAMPLE_TABS = List.of("Search", "CoFounders", "Brokers", "TripleHelix",
			"SpanningColleges", "CommonPartners", "NoEnterprise", "CreateOrganization");

	private static HeadlessChromium browser;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester graphQl;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("GraphiQL's browser tests", "graphiql", true,
				// Every host name but the application's resolves to nothing: a request
				// to a CDN could not succeed even if the policy let it through.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
		driver = browser.driver();
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void freshBrowser() {
		this.graphQl = GraphQlOverHttp.at(this.port);
		driver.get("about:blank");
		// A first visit: GraphiQL keeps its tabs in localStorage.
		driver.executeCdpCommand("Storage.clearDataForOrigin",
				Map.of("origin", origin(), "storageTypes", "local_storage,session_storage"));
		requestedUrls();
	}

	@AfterEach
	void printBrowserErrors() {
		browser.printConsoleWarnings();
	}

	@Test
	void shouldRenderAndAnswerAPreloadedQueryWithNothingLoadedFromElsewhere() throws Exception {
		open("/graphiql");
		assertThat(tabTitles()).containsExactlyElementsOf(EXAMPLE_TABS);
		assertThat(activeTab()).isEqualTo("Search");
		assertThat(editorText(".graphiql-query-editor")).contains("query Search {");

		selectTab("CoFounders");
		Answer answer = run();
		browser.await((d) -> editorText(".graphiql-response").contains("\"name\": \"长隆产业学院\""));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.hasErrors()).isFalse();
		JsonNode college = answer.data().path("organization");
		assertThat(college.path("cooperationModel").path("declared").asString()).isEqualTo("政-校-行-企");
		assertThat(college.path("cooperationModel").path("derived").asString()).isEqualTo("校-企");
		// The page shows what the API answers to the same document.
		String document = (String) browser.js("return window.chanjiaoGraphiql.examples[1].query");
		JsonNode expected = JSON
			.valueToTree(this.graphQl.document(document).execute().path("organization").entity(Map.class).get());
		assertThat(college).isEqualTo(expected);
		browser.screenshot(Path.of("target/graphiql.png"));

		List<String> urls = requestedUrls();
		assertThat(urls).contains(origin() + "/graphiql", origin() + "/graphiql/assets/graphiql.js",
				origin() + "/graphiql/assets/graphiql.css", origin() + "/graphql/schema", origin() + "/graphql");
		assertThat(urls).as("Monaco's workers and GraphiQL's fonts, from the application")
			.anyMatch((url) -> url.startsWith(origin() + "/graphiql/assets/") && url.endsWith(".worker.js"))
			.anyMatch((url) -> url.startsWith(origin() + "/graphiql/assets/fonts/"));
		assertThat(urls).as("every request goes to the application").allMatch(this::staysHere);
		assertThat(browser.strings("return performance.getEntriesByType('resource').map(e => e.name)"))
			.allMatch((url) -> url.startsWith(origin() + "/"));
		assertThat(browser.strings("return window.__violations")).as("Content-Security-Policy violations").isEmpty();
	}

	@Test
	void shouldRunEveryExampleTabAsItStands() throws Exception {
		open("/graphiql");
		for (String title : EXAMPLE_TABS) {
			selectTab(title);
			Answer answer = run();
			if (title.equals("CreateOrganization")) {
				// The curator's tab carries a placeholder token, which the API does not
				// know: the page says so rather than failing to read the 401's empty
				// body.
				assertThat(answer.status()).isEqualTo(401);
				browser.await((d) -> editorText(".graphiql-response").contains("HTTP 401 Unknown token"));
				continue;
			}
			assertThat(answer.status()).as(title).isEqualTo(200);
			assertThat(answer.hasErrors()).as(title + " answers without errors: " + answer.json()).isFalse();
			assertThat(answer.data().properties()).as(title).isNotEmpty().allSatisfy((field) -> {
				assertThat(field.getValue().isNull()).as(title + "." + field.getKey()).isFalse();
				assertThat(field.getValue().isEmpty() && field.getValue().isContainer())
					.as(title + "." + field.getKey())
					.isFalse();
			});
		}
		assertThat(browser.strings("return window.__violations")).isEmpty();
		assertThat(requestedUrls()).allMatch(this::staysHere);
	}

	@Test
	void shouldCreateTheCuratorsExampleWithARealToken() {
		Map<?, ?> example = example("CreateOrganization");
		assertThat(example.get("headers")).isEqualTo(Map.of("Authorization", "Bearer REPLACE-WITH-YOUR-EDITOR-TOKEN"));
		HttpGraphQlTester editor = this.graphQl.mutate()
			.header("Authorization", "Bearer editor-token-for-tests")
			.build();
		try {
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = (Map<String, Object>) example.get("variables");
			editor.document((String) example.get("query"))
				.variables(variables)
				.execute()
				.path("createOrganization.id")
				.entity(String.class)
				.isEqualTo("example-intelligent-technology")
				.path("createOrganization.version")
				.entity(Integer.class)
				.isEqualTo(0);
			editor.document((String) example.get("query"))
				.variables(variables)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((e) -> assertThat(e.getMessage()).contains("is taken")));
		}
		finally {
			this.store.write("MATCH (o:Organization {id: 'example-intelligent-technology'}) DETACH DELETE o", Map.of(),
					(r) -> r);
		}
	}

	@Test
	void shouldOfferTheQueryBuilderTheSchemaDocsTheHistoryAndTheHeaders() {
		open("/graphiql");
		selectTab("CoFounders");
		run();

		// The query builder shows the query's fields ticked.
		browser.click(By.cssSelector(".graphiql-sidebar button[aria-label='Show GraphiQL Explorer']"));
		WebElement explorer = browser
			.await((d) -> browser.visible(By.cssSelector(".graphiql-plugin .docExplorerWrap")));
		assertThat(explorer.getText()).contains("Explorer").contains("organization").contains("coFounders");

		// The docs, with the schema's descriptions.
		browser.click(By.cssSelector(".graphiql-sidebar button[aria-label='Show Documentation Explorer']"));
		browser.await((d) -> browser.visible(By.cssSelector(".graphiql-doc-explorer")));
		browser.click(By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='Query']"));
		browser.await((d) -> driver.findElement(By.cssSelector(".graphiql-doc-explorer"))
			.getText()
			.contains("One organisation by id, or null when no organisation has that id."));

		// The history lists what ran.
		browser.click(By.cssSelector(".graphiql-sidebar button[aria-label='Show History']"));
		browser.await((d) -> driver.findElement(By.cssSelector(".graphiql-plugin")).getText().contains("CoFounders"));

		// The curator's tab opens with its Authorization header, and its variables.
		selectTab("CreateOrganization");
		assertThat(editorText(".graphiql-editor-tool")).contains("example-intelligent-technology");
		browser.click(By.cssSelector(".graphiql-editor-tools button[data-name='headers']"));
		browser.await(
				(d) -> editorText(".graphiql-editor-tool").contains("\"Authorization\": \"Bearer REPLACE-WITH-YOUR"));
		assertThat(browser.strings("return window.__violations")).isEmpty();
	}

	/**
	 * An unknown field is underlined in red, within the page's policy: Monaco draws its
	 * squiggles as data: SVG backgrounds in rules it adds at run time (no build step can
	 * write them out as files), so a policy without {@code img-src data:} hides the
	 * underline a user is shown the error by.
	 */
	@Test
	void shouldUnderlineAnUnknownFieldWithinThePolicy() {
		open("/graphiql");
		selectTab("CoFounders");
		browser.click(By.cssSelector(".graphiql-query-editor .view-lines"));
		driver.findElement(By.cssSelector(".graphiql-query-editor textarea"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "{ notAFieldOfTheSchema ");
		browser.await((d) -> !d.findElements(By.cssSelector(".graphiql-query-editor .squiggly-error")).isEmpty());
		browser.await((d) -> "complete".equals(browser.js("return document.readyState")));
		assertThat(browser.strings("return window.__violations")).as("Content-Security-Policy violations").isEmpty();
	}

	@Test
	void shouldOpenAnOrganizationOfTheNetworkExplorerInGraphiQl() {
		driver.get(origin() + "/#org=chimelong-college");
		browser.await((d) -> "true".equals(browser.js("return document.body.dataset.ready || null")));
		WebElement link = browser.await((d) -> browser
			.visible(By.cssSelector("#details[data-id='chimelong-college'][data-loaded='true'] #open-in-graphiql")));
		assertThat(link.getDomAttribute("href")).isEqualTo("graphiql?org=chimelong-college");
		link.click();
		browser.await((d) -> d.getCurrentUrl().equals(origin() + "/graphiql?org=chimelong-college"));
		awaitTabs();
		// A first visit: the organisation's tab, then the examples.
		assertThat(tabTitles()).first().isEqualTo("Organization");
		assertThat(tabTitles()).hasSize(EXAMPLE_TABS.size() + 1);
		assertThat(activeTab()).isEqualTo("Organization");
		assertThat(editorText(".graphiql-editor-tool")).contains("\"id\": \"chimelong-college\"");
		Answer answer = run();
		assertThat(answer.data().path("organization").path("name").asString()).isEqualTo("长隆产业学院");
		browser.await((d) -> editorText(".graphiql-response").contains("长隆产业学院"));

		// Back in the network explorer, from GraphiQL's own link.
		browser.click(By.id("explorer-link"));
		browser.await((d) -> d.getCurrentUrl().equals(origin() + "/"));

		// A later visit keeps the tabs and adds the organisation's.
		driver.get(origin() + "/graphiql?org=gdep");
		awaitTabs();
		assertThat(activeTab()).isEqualTo("Organization");
		assertThat(tabTitles()).hasSize(EXAMPLE_TABS.size() + 2);
		assertThat(editorText(".graphiql-editor-tool")).contains("\"id\": \"gdep\"");
		assertThat(browser.strings("return window.__violations")).isEmpty();
	}

	// --- helpers

	private String origin() {
		return "http://127.0.0.1:" + this.port;
	}

	private void open(String path) {
		driver.get(origin() + path);
		awaitTabs();
	}

	/** Waits for GraphiQL's tabs and its Monaco editors. */
	private void awaitTabs() {
		browser.await((d) -> !d.findElements(By.cssSelector(".graphiql-tab-button")).isEmpty()
				&& !d.findElements(By.cssSelector(".graphiql-query-editor .view-lines")).isEmpty());
	}

	private List<String> tabTitles() {
		return driver.findElements(By.cssSelector(".graphiql-tab-button")).stream().map(WebElement::getText).toList();
	}

	private String activeTab() {
		return driver.findElement(By.cssSelector(".graphiql-tab-active .graphiql-tab-button")).getText();
	}

	private void selectTab(String title) {
		browser.click(By.xpath("//button[contains(@class,'graphiql-tab-button')][normalize-space()='" + title + "']"));
		browser.await((d) -> title.equals(activeTab()));
		browser.await((d) -> editorText(".graphiql-query-editor").contains(" " + title));
	}

	/**
	 * Presses ▶ and returns the answer the page received: its HTTP status and body. While
	 * an operation runs, GraphiQL's ▶ is a ■ that stops it (labelled "Stop query"), and
	 * GraphiQL is still running an operation for a moment after its answer arrived: the
	 * button is pressed only when it offers to execute, and after the answer the page is
	 * waited for until it offers to again, so that the next step starts on an idle page.
	 * (Pressed while GraphiQL still counts the previous operation as running, which a
	 * loaded machine makes likelier, the click would stop that one and send nothing.)
	 */
	private Answer run() {
		long before = browser.number("return window.__answers.filter(a => a.url.endsWith('/graphql')).length");
		browser.click(EXECUTE);
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = browser.await((d) -> (Map<String, Object>) browser
			.js("const answers = window.__answers.filter(a => a.url.endsWith('/graphql')).slice(" + before + ");"
					+ "return (answers.length > 0 && answers[0].body !== null) ? answers[0] : null"));
		browser.await((d) -> browser.visible(EXECUTE));
		String body = (String) answer.get("body");
		return new Answer(((Number) answer.get("status")).intValue(),
				body.isEmpty() ? JSON.missingNode() : JSON.readTree(body));
	}

	/** What the API answered to a request of the page. */
	private record Answer(int status, JsonNode json) {

		JsonNode data() {
			return this.json.path("data");
		}

		boolean hasErrors() {
			return !this.json.path("errors").isMissingNode();
		}

	}

	private Map<?, ?> example(String title) {
		open("/graphiql");
		String examples = (String) browser.js("return JSON.stringify(window.chanjiaoGraphiql.examples)");
		for (Object item : JSON.readValue(examples, List.class)) {
			Map<?, ?> example = (Map<?, ?>) item;
			if (((String) example.get("query")).contains(" " + title + "(")) {
				return example;
			}
		}
		throw new AssertionError("no example " + title);
	}

	/**
	 * The text of the Monaco editor shown in {@code container} (variables and headers
	 * share one), as far as it is in view.
	 */
	private String editorText(String container) {
		return driver.findElements(By.cssSelector(container + " .view-lines"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.map((lines) -> lines.getText().replace('\u00a0', ' '))
			.orElse("");
	}

	/** Every URL the page requested since the last call (Chrome's network log). */
	/**
	 * A request to the application, or a data: URL, which the page draws inline and
	 * fetches from nowhere (Monaco's wavy underline under a marker, when it shows one in
	 * time).
	 */
	private boolean staysHere(String url) {
		return url.startsWith(origin() + "/") || url.startsWith("data:");
	}

	private List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			if (message.path("method").asString().equals("Network.requestWillBeSent")) {
				urls.add(message.path("params").path("request").path("url").asString());
			}
		}
		return urls;
	}

}
