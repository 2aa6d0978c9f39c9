package org.chanjiao.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chanjiao.GraphQlOverHttp;
import org.chanjiao.IntegrationTest;
import org.chanjiao.organization.StoredType;
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
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's 审核 Review tab in a real headless Chromium: a curator types a token, sees
 * the candidates grouped by document with both ends of each relationship highlighted in
 * its evidence, corrects a role, accepts (the fact is drawn and in the graph) or rejects
 * with a reason. Candidates come from {@code extractReport} over GraphQL, as a curator's
 * would; everything cites the documents {@code review-browser-1} and
 * {@code review-browser-2} and is removed after each test. Without /usr/bin/chromedriver
 * these tests fail when the environment variable CI is set and are skipped otherwise.
 */
@IntegrationTest
class ReviewBrowserTests {

	private static final String TOKEN = "editor-token-for-tests";

	private static final String FIRST = "review-browser-1";

	private static final String SECOND = "review-browser-2";

	private static final String QUOTE = "2024年5月，由云岭职业技术学院与晨光软件科技有限公司共建的晨光数字产业学院揭牌成立。";

	private static HeadlessChromium browser;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	HttpGraphQlTester editor;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = HeadlessChromium.start("The review tab's browser tests", "review", false);
		driver = browser.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void extractTwoDocuments() {
		this.editor = GraphQlOverHttp.at(this.port).mutate().header("Authorization", "Bearer " + TOKEN).build();
		extract(FIRST, "审核测试新闻一", QUOTE);
		extract(SECOND, "审核测试新闻二", "2024年，云岭交通职业学院新增为全国物流行业产教融合共同体常务理事单位。");
		// As the extraction gives it once it knows the words naming an end (a short
		// form).
		this.store.write("""
				MATCH (a {name: '晨光软件科技有限公司'})-[r:CANDIDATE_CO_FOUNDED {extractedFrom: $doc}]->()
				SET r.fromText = '晨光软件'
				""", Map.of("doc", FIRST), (r) -> r);
	}

	@AfterEach
	void removeExtracted() {
		browser.printConsoleWarnings();
		for (String doc : List.of(FIRST, SECOND)) {
			this.store.write("MATCH ()-[r]->() WHERE r.extractedFrom = $doc DELETE r", Map.of("doc", doc), (r) -> r);
			this.store.write("""
					MATCH (n) WHERE (n:CandidateOrganization OR n:Organization) AND n.extractedFrom = $doc
					DETACH DELETE n
					""", Map.of("doc", doc), (r) -> r);
			this.store.write("MATCH (d:Document {id: $doc}) DETACH DELETE d", Map.of("doc", doc), (r) -> r);
		}
	}

	@Test
	void shouldShowCandidatesByDocumentAndAcceptOneWithACorrectedRole() throws IOException {
		signIn();
		browser.await((d) -> browser.visible(By.cssSelector(".review-doc[data-document-id='" + SECOND + "']")));
		WebElement first = driver.findElement(By.cssSelector(".review-doc[data-document-id='" + FIRST + "']"));
		assertThat(first.findElement(By.tagName("h3")).getText()).contains("审核测试新闻一");
		assertThat(first.findElements(By.cssSelector(".review-item[data-id^='co_founded-']"))).hasSize(2);

		// Both ends highlighted: the words the extraction gives, else the end's name.
		WebElement enterprise = item("晨光软件科技有限公司", "CO_FOUNDED");
		assertThat(enterprise.findElement(By.cssSelector(".review-quote")).getText()).isEqualTo(QUOTE);
		assertThat(enterprise.findElement(By.cssSelector("mark.hl-from")).getText()).isEqualTo("晨光软件");
		assertThat(enterprise.findElement(By.cssSelector("mark.hl-to")).getText()).isEqualTo("晨光数字产业学院");
		WebElement school = item("云岭职业技术学院", "CO_FOUNDED");
		assertThat(school.findElement(By.cssSelector("mark.hl-from")).getText()).isEqualTo("云岭职业技术学院");

		// The roles offered are those of the type; PART_OF cannot start at an enterprise.
		Select role = new Select(enterprise.findElement(By.cssSelector("select.review-role")));
		assertThat(role.getOptions()).extracting((o) -> o.getDomAttribute("value")).containsExactly("LEAD", "PARTNER");
		assertThat(role.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("PARTNER");
		Select type = new Select(enterprise.findElement(By.cssSelector("select.review-type")));
		assertThat(type.getOptions()).filteredOn((o) -> "PART_OF".equals(o.getDomAttribute("value")))
			.singleElement()
			.satisfies((o) -> assertThat(o.isEnabled()).isFalse());
		role.selectByValue("LEAD");
		browser.screenshot(Path.of("target/review.png"));
		String candidate = enterprise.getDomAttribute("data-id");
		browser.toggle(By.cssSelector(".review-check[data-id='" + candidate + "']"));
		browser.click(By.id("review-accept"));
		browser
			.await((d) -> driver.findElements(By.cssSelector(".review-item[data-id='" + candidate + "']")).isEmpty());
		awaitIdle();

		// The corrected fact is in the graph and drawn.
		String edge = (String) browser.js("const e = cy.edges('[type = \"CO_FOUNDED\"][role = \"LEAD\"]')"
				+ ".filter(e => e.source().data('name') === '晨光软件科技有限公司'); return e.nonempty() ? e.id() : null");
		assertThat(edge).isNotNull().isNotEqualTo(candidate);
		GraphQlOverHttp.at(this.port)
			.document("query($id: ID!) { relation(id: $id) { type role status from { name } to { name } } }")
			.variable("id", edge)
			.execute()
			.path("relation")
			.matchesJson("""
					{ "type": "CO_FOUNDED", "role": "LEAD", "status": "ASSERTED",
					  "from": { "name": "晨光软件科技有限公司" }, "to": { "name": "晨光数字产业学院" } }
					""");
		assertThat(driver.findElement(By.id("details")).getText()).contains("牵头 Lead");
		// The school's candidate is still waiting, now next to an accepted college.
		WebElement waiting = item("云岭职业技术学院", "CO_FOUNDED");
		assertThat(waiting.findElements(By.cssSelector(".review-new"))).singleElement()
			.satisfies((badge) -> assertThat(badge.findElement(By.xpath("preceding-sibling::span[1]")).getText())
				.isEqualTo("云岭职业技术学院"));
	}

	@Test
	void shouldRejectOnlyWithAReasonAndKeepTheTokenInThisTabOnly() {
		signIn();
		assertThat(browser.js("return sessionStorage.getItem('chanjiao.review.token')")).isEqualTo(TOKEN);
		assertThat(browser.js("return localStorage.length")).isEqualTo(0L);
		assertThat(browser.js("return document.cookie")).isEqualTo("");
		assertThat(driver.findElement(By.id("review-token")).getDomProperty("value")).isEmpty();

		WebElement member = item("云岭交通职业学院", "MEMBER_OF");
		String id = member.getDomAttribute("data-id");
		assertThat(new Select(member.findElement(By.cssSelector("select.review-role"))).getFirstSelectedOption()
			.getDomAttribute("value")).isEqualTo("EXECUTIVE_MEMBER");
		browser.toggle(By.cssSelector(".review-check[data-id='" + id + "']"));
		browser.click(By.id("review-reject"));
		assertThat(browser.await((d) -> browser.visible(By.cssSelector("#message.error"))).getText())
			.contains("拒绝须填写理由");
		assertThat(status(id)).isEqualTo("CANDIDATE");

		driver.findElement(By.id("review-reason")).sendKeys("不是该共同体成员");
		browser.click(By.id("review-reject"));
		browser.await((d) -> driver.findElements(By.cssSelector(".review-item[data-id='" + id + "']")).isEmpty());
		assertThat(status(id)).isEqualTo("DEPRECATED");
		assertThat(this.store.read("MATCH ()-[r:DEPRECATED_MEMBER_OF {id: $id}]->() RETURN r.reason", Map.of("id", id),
				(r) -> r.get(0).asString()))
			.containsExactly("不是该共同体成员");

		// Forgetting the token leaves nothing behind; a wrong token is refused and not
		// kept.
		browser.click(By.id("review-token-forget"));
		assertThat(browser.js("return sessionStorage.length")).isEqualTo(0L);
		assertThat(browser.visible(By.cssSelector(".review-item"))).isNull();
		driver.findElement(By.id("review-token")).sendKeys("not-a-token", Keys.ENTER);
		assertThat(browser.await((d) -> browser.visible(By.cssSelector("#message.error"))).getText())
			.contains("EDITOR");
		assertThat(browser.js("return sessionStorage.length")).isEqualTo(0L);
	}

	// --- helpers

	private void extract(String documentId, String title, String text) {
		this.editor.document("""
				mutation($text: String!, $d: ID!, $title: String) {
				  extractReport(text: $text, documentId: $d, title: $title) { documentId }
				}""").variable("text", text).variable("d", documentId).variable("title", title).executeAndVerify();
	}

	private void signIn() {
		// The tab keeps its sessionStorage across pages: start each test signed out.
		driver.get("http://localhost:" + this.port + "/");
		browser.js("sessionStorage.clear()");
		driver.get("about:blank");
		driver.get("http://localhost:" + this.port + "/");
		browser.await((d) -> "true".equals(browser.js("return document.body.dataset.ready || null")));
		browser.click(By.id("tab-review"));
		driver.findElement(By.id("review-token")).sendKeys(TOKEN);
		browser.click(By.id("review-token-use"));
		browser.await((d) -> browser.visible(By.cssSelector(".review-doc[data-document-id='" + FIRST + "']")));
	}

	/**
	 * The review item of the relationship of this type from the organisation named so.
	 */
	private WebElement item(String fromName, String type) {
		return browser
			.await((d) -> d.findElements(By.cssSelector(".review-item[data-id^='" + type.toLowerCase() + "-']"))
				.stream()
				.filter((li) -> li.findElement(By.cssSelector(".review-ends .end-from")).getText().equals(fromName))
				.findFirst()
				.orElse(null));
	}

	private String status(String id) {
		return this.store
			.read("MATCH ()-[r {id: $id}]->() RETURN type(r)", Map.of("id", id),
					(r) -> StoredType.of(r.get(0).asString()).status().name())
			.get(0);
	}

	private void awaitIdle() {
		browser.await((d) -> "false".equals(browser.js("return document.body.dataset.busy || null")));
	}

}
