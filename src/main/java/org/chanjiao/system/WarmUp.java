package org.chanjiao.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.chanjiao.store.GraphStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Asks the contract's questions of the application itself, over HTTP, before it serves:
 * {@code chanjiao.warm-up.rounds} rounds, each round every question once with the next
 * organisations of the graph. Through HTTP rather than the GraphQL service, so that
 * Tomcat, the security filters, Spring MVC, graphql-java and the JSON writers are all
 * exercised: a profile of the first requests after start spent more of its time there
 * than in this project's code.
 * <p>
 * It runs as a lifecycle step just before the web server opens its port: Tomcat is
 * started but its connectors are not, so the rounds go through a connector of their own
 * on a free loopback port, which is closed again before the application's port opens. The
 * first request a client can send is therefore answered by code the rounds have compiled,
 * and no client's request competes with the rounds; the start takes longer instead
 * (docs/BENCHMARKS.md gives both).
 * <p>
 * Two uses. At start, so that the first users' requests find compiled code. And as the
 * training run of JDK 25's ahead-of-time cache: with {@code chanjiao.warm-up.exit=true}
 * the application exits once ready, and a JVM started with
 * {@code -XX:AOTCacheOutput=FILE} then writes the classes it loaded and the profiles of
 * the methods it ran, which a later {@code -XX:AOTCache=FILE} start reads (README,
 * "Faster first requests").
 */
@Component
class WarmUp implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

	/**
	 * One before the phase of Spring Boot's step that starts the web server
	 * ({@code WebServerStartStopLifecycle}, {@code Integer.MAX_VALUE - 2048}): started
	 * after every bean is ready, the seeds loaded, and before the port opens.
	 */
	static final int PHASE = Integer.MAX_VALUE - 2048 - 1;

	private static final Log log = LogFactory.getLog(WarmUp.class);

	private static final String RELATIONS = """
			query($id: ID!) { organization(id: $id) { id name kind region
			  relations { id type role status since from { id name kind } to { id name kind } evidence { documentId quote } } } }""";

	private static final String RELATION_NAMES = "query($id: ID!) { organization(id: $id) { id relations { id type from { id name } to { id name } } } }";

	private static final String PAGE = "query($after: String) { organizations(kinds: [ENTERPRISE], first: 20, after: $after) { edges { node { id name kind } } pageInfo { hasNextPage } } }";

	private static final String SEARCH = "query($text: String!) { search(text: $text, first: 10) { id name kind } }";

	private static final String NEIGHBOURS = "query($id: ID!) { neighborhood(id: $id, depth: 2) { totalCount truncated nodes { id name } } }";

	private static final String NEIGHBOURHOOD = "query($id: ID!) { neighborhood(id: $id, depth: 2) { totalCount truncated nodes { id name kind } relations { type from { id } to { id } } } }";

	private static final String PATH = "query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id name kind } relations { type from { id } to { id } } } }";

	private static final String SPANNING = "{ enterprisesSpanningColleges(minColleges: 2, first: 50) { collegeCount enterprise { id name } colleges { id name } schools { id name } } }";

	private final GraphStore store;

	private final WarmUpProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationContext context;

	private volatile boolean running;

	private volatile Result result;

	WarmUp(GraphStore store, WarmUpProperties properties, ApplicationContext context) {
		this.store = store;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.properties.rounds() <= 0) {
			return;
		}
		if (!(this.context instanceof ServletWebServerApplicationContext web)
				|| !(web.getWebServer() instanceof TomcatWebServer tomcat)) {
			log.warn("warm-up: no Tomcat web server here; " + this.properties.rounds() + " rounds not run");
			return;
		}
		log.info("warm-up: " + this.properties.rounds()
				+ " rounds of the contract's questions before the port opens (chanjiao.warm-up.rounds=0 starts at once)");
		Service service = tomcat.getTomcat().getService();
		Connector connector = new Connector();
		connector.setPort(0);
		connector.setProperty("address", "127.0.0.1");
		service.addConnector(connector);
		try {
			String path = web.getServletContext().getContextPath() + "/graphql";
			this.result = run(URI.create("http://127.0.0.1:" + connector.getLocalPort() + path),
					this.properties.rounds());
			log.info(this.result);
		}
		finally {
			service.removeConnector(connector);
			try {
				connector.destroy();
			}
			catch (LifecycleException ex) {
				log.warn("warm-up: its connector did not close cleanly", ex);
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Exits once ready when asked to (the training run of an ahead-of-time cache). */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.properties.exit() && this.properties.rounds() > 0) {
			Result done = this.result;
			ConfigurableApplicationContext ready = event.getApplicationContext();
			System.exit(SpringApplication.exit(ready, () -> (done != null && done.failed() == 0) ? 0 : 1));
		}
	}

	/**
	 * Sends {@code rounds} rounds of the questions to the GraphQL endpoint and answers
	 * how many were sent and how many failed (an HTTP status other than 200, or errors in
	 * the answer).
	 */
	Result run(URI endpoint, int rounds) {
		List<Map<String, String>> organizations = this.store.read("""
				MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.kind AS kind
				ORDER BY o.id LIMIT 500""", Map.of(), (r) -> Map.of("id", r.get("id").asString(), "name",
				r.get("name").asString(), "kind", r.get("kind").asString("")));
		if (organizations.isEmpty()) {
			return new Result(0, 0, 0, List.of());
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long start = System.nanoTime();
		int sent = 0;
		int failed = 0;
		List<String> failures = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, Map<String, Object>> question : questions(organizations, round).entrySet()) {
				sent++;
				String problem = ask(http, endpoint, question.getKey(), question.getValue());
				if (problem != null) {
					failed++;
					if (failures.size() < 5) {
						failures.add(problem);
					}
				}
			}
		}
		return new Result(sent, failed, (System.nanoTime() - start) / 1_000_000, failures);
	}

	/** Round {@code round}'s questions, each with its variables. */
	private static Map<String, Map<String, Object>> questions(List<Map<String, String>> organizations, int round) {
		Map<String, String> one = organizations.get(round % organizations.size());
		Map<String, String> other = organizations.get((round * 7 + 3) % organizations.size());
		String name = one.get("name");
		int length = Math.min(name.length(), 2 + round % 3);
		int from = (name.length() - length) / 2;
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((name + '\u0000' + one.get("id")).getBytes(StandardCharsets.UTF_8));
		Map<String, Map<String, Object>> questions = new LinkedHashMap<>();
		questions.put(RELATIONS, Map.of("id", one.get("id")));
		questions.put(RELATION_NAMES, Map.of("id", other.get("id")));
		questions.put(PAGE, Map.of("after", cursor));
		questions.put(SEARCH, Map.of("text", name.substring(from, from + length)));
		questions.put(NEIGHBOURS, Map.of("id", one.get("id")));
		questions.put(NEIGHBOURHOOD, Map.of("id", other.get("id")));
		questions.put(PATH, Map.of("from", one.get("id"), "to", other.get("id")));
		if (round % 10 == 0) {
			// the costliest question, and one without arguments: a tenth of the rounds
			questions.put(SPANNING, Map.of());
		}
		return questions;
	}

	/** Sends one question; answers what went wrong, or null. */
	private String ask(HttpClient http, URI endpoint, String query, Map<String, Object> variables) {
		try {
			String body = this.json.writeValueAsString(Map.of("query", query, "variables", variables));
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return "HTTP " + response.statusCode() + " for " + query;
			}
			JsonNode errors = this.json.readTree(response.body()).get("errors");
			return (errors == null || errors.isEmpty()) ? null
					: errors.get(0).path("message").asString() + " for " + query;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (Exception ex) {
			return ex + " for " + query;
		}
	}

	/**
	 * What a warm-up did: requests sent, how many failed, how long it took, the first
	 * failures.
	 */
	record Result(int sent, int failed, long millis, List<String> failures) {

		@Override
		public String toString() {
			return "warm-up: " + this.sent + " requests in " + this.millis + " ms, " + this.failed + " failed"
					+ (this.failures.isEmpty() ? "" : " " + this.failures);
		}

	}

}
