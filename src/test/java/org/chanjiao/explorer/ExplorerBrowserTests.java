package org.chanjiao.explorer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The explorer page in a real headless Chromium against the seeded application, checked
 * against what the public GraphQL API answers. Without /usr/bin/chromedriver these tests
 * fail when the environment variable CI is set and are skipped otherwise.
 */
@IntegrationTest
class ExplorerBrowserTests {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static ChromeDriver driver;

	private static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester graphQl;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
			String message = "The explorer's browser tests need Debian's chromium and chromium-driver (" + CHROMEDRIVER
					+ ", " + CHROMIUM + "): apt-get install -y chromium chromium-driver";
			if (System.getenv("CI") != null) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		profile = Files.createTempDirectory("explorer-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1400,900", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(WAIT);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@BeforeEach
	void connect() {
		this.graphQl = GraphQlOverHttp.at(this.port);
	}

	@AfterEach
	void printBrowserErrors() {
		// A failing step is easier to read with the page's own console errors next to it.
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
				System.out.println("[browser] " + entry.getLevel() + " " + entry.getMessage());
			}
		}
	}

	@Test
	void shouldSearchDrawExpandAndExplainTheNetworkOfChimelong() throws IOException {
		open("");
		WebElement search = driver.findElement(By.id("search"));
		search.sendKeys("长隆");
		WebElement suggestion = await((d) -> visible(By.cssSelector("#suggestions li[data-id='chimelong-group']")));
		assertThat(suggestion.getText()).contains("长隆集团有限公司");
		suggestion.click();
		awaitIdle();

		// The drawing holds exactly what the API answers for depth 1.
		Set<String> groupIds = neighborhoodIds("chimelong-group");
		assertThat(drawnNodeIds()).containsExactlyInAnyOrderElementsOf(groupIds);
		assertThat(number("return cy.nodes().length")).isEqualTo(groupIds.size());
		assertThat(driver.findElement(By.id("details-title")).getText()).isEqualTo("长隆集团有限公司");

		// Select the college through the details panel, then expand it with its button.
		awaitIdle();
		click(By.cssSelector("#node-relations .node-link[data-node-id='chimelong-college']"));
		awaitIdle();
		await((d) -> visible(By.cssSelector("#details[data-id='chimelong-college'] #cooperation-model")));
		assertThat(driver.findElement(By.id("cooperation-model")).getText()).contains("政-校-行-企")
			.contains("校-企")
			.contains("政、行");
		click(By.id("expand-node"));
		awaitIdle();
		await((d) -> visible(
				By.cssSelector("#details[data-id='chimelong-college'][data-loaded='true'] #node-relations")));
		Set<String> union = new HashSet<>(groupIds);
		union.addAll(neighborhoodIds("chimelong-college"));
		assertThat(union).hasSizeGreaterThan(groupIds.size());
		assertThat(drawnNodeIds()).containsExactlyInAnyOrderElementsOf(union);

		// The CO_FOUNDED edge Chimelong → its college, and the quote that states it.
		String edge = (String) js("return cy.edges('[type = \"CO_FOUNDED\"][source = \"chimelong-group\"]"
				+ "[target = \"chimelong-college\"]').id()");
		assertThat(edge).isNotNull();
		click(By.cssSelector("#node-relations .edge-link[data-edge-id='" + edge + "']"));
		awaitIdle();
		WebElement evidence = await((d) -> visible(By.cssSelector("#edge-evidence .evidence")));
		assertThat(evidence.getText()).contains("与迅达电梯、长隆集团等龙头企业共建 9 个产业学院").contains("学校 2023 年深化产教融合工作报告");
		assertThat(driver.findElement(By.id("details")).getText()).contains("参与 Partner");
		screenshot(Path.of("target/explorer.png"));

		// English labels, falling back to Chinese where there is no English name.
		click(By.id("lang-en"));
		assertThat(js("return cy.$id('chimelong-group').style('label')")).isEqualTo("Chimelong Group Co., Ltd.");
		assertThat(driver.findElement(By.id("details-title")).getText()).contains("Chimelong Group Co., Ltd.");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) js(
				"return cy.nodes().map(n => ({name: n.data('name'), nameEn: n.data('nameEn'), label: n.style('label')}))");
		assertThat(nodes).allSatisfy((n) -> assertThat(n.get("label"))
			.isEqualTo((n.get("nameEn") != null) ? n.get("nameEn") : n.get("name")));
		click(By.id("lang-zh"));
		assertThat(js("return cy.$id('chimelong-group').style('label')")).isEqualTo("长隆集团有限公司");
	}

	@Test
	void shouldShowTheApiErrorForAnUnknownOrganization() {
		open("#org=does-not-exist");
		WebElement message = await((d) -> visible(By.cssSelector("#message.error")));
		assertThat(message.getText()).contains("NOT_FOUND").contains("does-not-exist");
		assertThat(number("return cy.nodes().length")).isZero();
	}

	@Test
	void shouldSayWhenASearchFindsNothing() {
		open("");
		driver.findElement(By.id("search")).sendKeys("zzqqxx");
		WebElement none = await((d) -> visible(By.cssSelector("#suggestions li.none")));
		assertThat(none.getText()).contains("zzqqxx").contains("No organisation matches");
	}

	@Test
	void shouldListAndHighlightEnterprisesSpanningColleges() {
		open("");
		click(By.id("tab-planner"));
		WebElement min = driver.findElement(By.id("planner-min"));
		min.clear();
		min.sendKeys("1");
		click(By.id("planner-load"));
		await((d) -> d.findElements(By.cssSelector("#planner-list li[data-id]")).size() == 4);
		List<String> listed = driver.findElements(By.cssSelector("#planner-list li[data-id]"))
			.stream()
			.map((li) -> li.getDomAttribute("data-id"))
			.toList();
		assertThat(listed).containsExactlyInAnyOrder("chimelong-group", "schindler-china", "heneng-renju",
				"baiku-education");

		click(By.id("planner-add-all"));
		awaitIdle();
		assertThat(strings("return cy.nodes('.planner').map(n => n.id())")).containsExactlyInAnyOrder("chimelong-group",
				"schindler-china", "heneng-renju", "baiku-education");
		// Each enterprise came with its colleges.
		assertThat(drawnNodeIds()).contains("chimelong-college", "elevator-college", "xinyingzao-college");

		// A higher minimum: no enterprise in the seed spans two colleges.
		min.clear();
		min.sendKeys("2");
		click(By.id("planner-load"));
		await((d) -> d.findElements(By.cssSelector("#planner-list li[data-id]")).isEmpty());
		assertThat(driver.findElement(By.id("planner-summary")).getText()).contains("No enterprise spans 2");
		assertThat(number("return cy.nodes('.planner').length")).isZero();
	}

	@Test
	void shouldHideRelationsOutsideTheChosenYearAndExportWhatIsVisible() throws Exception {
		open("#org=gdep");
		awaitIdle();
		long dated = number("return cy.edges('[since = 2023]').length");
		long undated = number("return cy.edges('[^since][^until]').length");
		assertThat(dated).isPositive();
		assertThat(undated).isPositive();
		assertThat(number("return cy.edges(':visible').length")).isEqualTo(number("return cy.edges().length"));

		toggle(By.id("year-enabled"));
		WebElement slider = driver.findElement(By.id("year"));
		assertThat(slider.getDomProperty("value")).isEqualTo("2023");
		slider.sendKeys(Keys.ARROW_LEFT);
		assertThat(driver.findElement(By.id("year-value")).getText()).isEqualTo("2022");
		assertThat(number("return cy.edges('[since = 2023]').filter(':visible').length")).isZero();
		assertThat(number("return cy.edges('[^since][^until]').filter(':visible').length")).isEqualTo(undated);

		// The GraphML export holds the visible elements, its attributes declared as keys.
		String graphMl = (String) js("return explorer.toGraphML()");
		Document doc = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(graphMl.getBytes(StandardCharsets.UTF_8)));
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < doc.getElementsByTagName("key").getLength(); i++) {
			keys.add(doc.getElementsByTagName("key").item(i).getAttributes().getNamedItem("attr.name").getNodeValue());
		}
		assertThat(keys).contains("kind", "name", "nameEn", "role", "since", "until");
		assertThat(doc.getElementsByTagName("node").getLength())
			.isEqualTo((int) number("return cy.nodes(':visible').length"));
		assertThat(doc.getElementsByTagName("edge").getLength())
			.isEqualTo((int) number("return cy.edges(':visible').length"));
		assertThat(graphMl).doesNotContain("<data key=\"since\">2023</data>");
		assertThat((String) js("return cy.png({full: true})")).startsWith("data:image/png;base64,");

		// Relations hold again when the filter is switched off.
		toggle(By.id("year-enabled"));
		assertThat(number("return cy.edges(':visible').length")).isEqualTo(number("return cy.edges().length"));
	}

	@Test
	void shouldFilterByKindAndRelationType() {
		open("#org=gdep");
		awaitIdle();
		long colleges = number("return cy.nodes('[kind = \"COLLEGE\"]').length");
		assertThat(colleges).isPositive();
		toggle(By.cssSelector("#kind-filters input[data-kind='COLLEGE']"));
		assertThat(number("return cy.nodes('[kind = \"COLLEGE\"]').filter(':visible').length")).isZero();
		toggle(By.cssSelector("#type-filters input[data-type='PART_OF']"));
		assertThat(number("return cy.edges('[type = \"PART_OF\"]').filter(':visible').length")).isZero();
		toggle(By.cssSelector("#kind-filters input[data-kind='COLLEGE']"));
		toggle(By.cssSelector("#type-filters input[data-type='PART_OF']"));
		assertThat(number("return cy.elements(':visible').length")).isEqualTo(number("return cy.elements().length"));
	}

	@Test
	void shouldStayResponsiveWithTwoThousandNodes() {
		this.store.write(
				"""
						CREATE (hub:Organization:School {id: 'fixture-big-hub', name: '测试枢纽职业学院', kind: 'SCHOOL', version: 0})
						WITH hub
						UNWIND range(1, 2000) AS i
						CREATE (e:Organization:Enterprise {id: 'fixture-big-' + i, name: '测试企业' + i, kind: 'ENTERPRISE', version: 0})
						CREATE (e)-[:PARTNERS_WITH {id: 'fixture-big-r' + i, kind: 'OTHER'}]->(hub)
						""",
				Map.of(), (r) -> r);
		try {
			// How fast is a benchmark's question, not a test's (a timed assertion fails
			// on a busy machine): here the page must draw all of it and keep answering,
			// each step within the helpers' wait.
			open("#org=fixture-big-hub");
			awaitIdle();
			assertThat(number("return cy.nodes().length")).isEqualTo(2001);
			assertThat(number("return cy.edges().length")).isEqualTo(2000);
			// Filtering, fitting and the details still work on the large graph.
			toggle(By.cssSelector("#type-filters input[data-type='PARTNERS_WITH']"));
			assertThat(number("return cy.edges(':visible').length")).isZero();
			toggle(By.cssSelector("#type-filters input[data-type='PARTNERS_WITH']"));
			assertThat(number("return cy.edges(':visible').length")).isEqualTo(2000);
			js("cy.zoom(cy.maxZoom()); cy.center(cy.$id('fixture-big-1'))");
			click(By.id("fit"));
			// Zoomed in on one leaf, "fit" zooms out to the graph's centre (as far as the
			// minimum zoom allows).
			await((d) -> number("const v = cy.extent(), b = cy.elements().boundingBox();"
					+ "const x = (b.x1 + b.x2) / 2, y = (b.y1 + b.y2) / 2;"
					+ "return (cy.zoom() < cy.maxZoom() && x > v.x1 && x < v.x2 && y > v.y1 && y < v.y2) ? 1 : 0") == 1);
			assertThat(driver.findElement(By.id("details-title")).getText()).isEqualTo("测试枢纽职业学院");
		}
		finally {
			this.store.write("MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-big-' DETACH DELETE o", Map.of(),
					(r) -> r);
		}
	}

	// --- helpers

	private void open(String hash) {
		driver.get("about:blank");
		driver.get("http://localhost:" + this.port + "/" + hash);
		await((d) -> "true".equals(js("return document.body.dataset.ready || null")));
	}

	private void awaitIdle() {
		await((d) -> "false".equals(js("return document.body.dataset.busy || null")));
	}

	private <T> T await(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, WAIT).until((d) -> {
			T value = condition.apply(d);
			return (value instanceof Boolean b && !b) ? null : value;
		});
	}

	private static WebElement visible(By by) {
		List<WebElement> found = driver.findElements(by);
		return (!found.isEmpty() && found.get(0).isDisplayed()) ? found.get(0) : null;
	}

	private void click(By by) {
		await((d) -> visible(by)).click();
	}

	/**
	 * Toggles a checkbox from the keyboard (a mouse click at computed coordinates can
	 * land on a neighbour while the page is still settling) and waits for the new state.
	 */
	private void toggle(By by) {
		WebElement box = await((d) -> visible(by));
		boolean before = box.isSelected();
		box.sendKeys(Keys.SPACE);
		await((d) -> d.findElement(by).isSelected() != before);
	}

	private Set<String> neighborhoodIds(String id) {
		return new HashSet<>(this.graphQl.document("""
				query ($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { id } } }
				""").variable("id", id).execute().path("neighborhood.nodes[*].id").entityList(String.class).get());
	}

	private Set<String> drawnNodeIds() {
		return new HashSet<>(strings("return cy.nodes().map(n => n.id())"));
	}

	@SuppressWarnings("unchecked")
	private List<String> strings(String script) {
		return (List<String>) js(script);
	}

	private long number(String script) {
		return ((Number) js(script)).longValue();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) driver).executeScript(script);
	}

	private void screenshot(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
