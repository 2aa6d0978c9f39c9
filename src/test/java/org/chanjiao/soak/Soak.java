package org.chanjiao.soak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.ChanjiaoGraphApplication;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.RelationKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The soak: the whole application on a fresh embedded database with the seeds, under
 * mixed reads and writes from local HTTP clients for a fixed time, then every accepted
 * write verified in the graph (over GraphQL) and in an export
 * ({@code GET /admin/export}). Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -Psoak verify} (options in {@code -Dsoak.args}, see {@link Options}).
 * <p>
 * Bounded load: {@code --readers} clients each send a read, wait {@code --think-ms}, and
 * send the next; {@code --writers} curators, each with its own EDITOR token (and an ADMIN
 * token for deletions), send at most one mutation every {@code --write-interval-ms},
 * below the per-token limit. Each writer works on organisations and relationships of its
 * own (ids {@code soak-wN-…}), so the expected end state is known exactly: a ledger of
 * what each accepted mutation wrote. Writers also send refused writes (invalid input, a
 * stale version) whose ids must never appear. Every minute the soak prints throughput,
 * latency percentiles of reads and writes, unexpected errors, the heap after the last
 * collection, and the process's resident memory; the last lines give the verification.
 */
public final class Soak {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final PrintStream out = System.out;

	private final Options options;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, String> editorTokens = new LinkedHashMap<>();

	private final Map<String, String> adminTokens = new LinkedHashMap<>();

	private URI base;

	/** Ids readers may ask about: the seeds and the writers' organisations. */
	private final List<String> readableIds = new CopyOnWriteArrayList<>();

	private final Window window = new Window();

	private static final String HEADER = """
			| minute | reads | reads p50 / p95 / p99 / max ms | writes | writes p50 / p95 / p99 / max ms \
			| unexpected | timed out | heap after GC MB | heap used MB | RSS MB | load average |
			| ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |""";

	private final List<String> minuteLines = new CopyOnWriteArrayList<>();

	private final List<String> unexpected = new CopyOnWriteArrayList<>();

	private final AtomicLong unexpectedCount = new AtomicLong();

	private final AtomicLong timedOut = new AtomicLong();

	private volatile boolean stopping;

	private String machine = "";

	/** The processor's model name and the memory, from /proc (Linux). */
	private static String machine() {
		String cpu = "?";
		String memory = "?";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.findFirst()
				.map((l) -> l.substring(l.indexOf(':') + 1).strip())
				.orElse("?");
			memory = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter((l) -> l.startsWith("MemTotal"))
				.findFirst()
				.map((l) -> (Long.parseLong(l.replaceAll("[^0-9]", "")) >> 20) + " GB")
				.orElse("?");
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return "machine: " + cpu + ", " + memory + " of memory";
	}

	private Soak(Options options) {
		this.options = options;
	}

	/**
	 * Options: {@code --minutes} (30), {@code --readers} (4), {@code --writers} (3),
	 * {@code --think-ms} (100), {@code --write-interval-ms} (600), {@code --seed}
	 * (20261201), {@code --dir} (target/soak).
	 */
	record Options(double minutes, int readers, int writers, long thinkMillis, long writeIntervalMillis, long seed,
			Path dir) {

		static Options parse(String[] args) {
			Map<String, String> values = new HashMap<>();
			for (int i = 0; i < args.length; i++) {
				if (!args[i].startsWith("--") || i + 1 >= args.length) {
					throw new IllegalArgumentException("usage: Soak [--minutes M] [--readers N] [--writers N] "
							+ "[--think-ms MS] [--write-interval-ms MS] [--seed S] [--dir DIR]; got " + args[i]);
				}
				values.put(args[i].substring(2), args[++i]);
			}
			return new Options(Double.parseDouble(values.getOrDefault("minutes", "30")),
					Integer.parseInt(values.getOrDefault("readers", "4")),
					Integer.parseInt(values.getOrDefault("writers", "3")),
					Long.parseLong(values.getOrDefault("think-ms", "100")),
					Long.parseLong(values.getOrDefault("write-interval-ms", "600")),
					Long.parseLong(values.getOrDefault("seed", "20261201")),
					Path.of(values.getOrDefault("dir", "target/soak")));
		}

	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		int exit = new Soak(options).run();
		System.exit(exit);
	}

	private int run() throws Exception {
		Files.createDirectories(this.options.dir());
		out.printf("soak: %.1f min, %d readers (think %d ms), %d writers (one mutation per %d ms at most), seed %d%n",
				this.options.minutes(), this.options.readers(), this.options.thinkMillis(), this.options.writers(),
				this.options.writeIntervalMillis(), this.options.seed());
		this.machine = String.format(Locale.ROOT,
				"%s; JVM %s, max heap %d MB, %d processors; load average at the start %.2f; options %s", machine(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), this.options);
		out.println(this.machine);
		ConfigurableApplicationContext app = startApp();
		int exit;
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			this.base = URI.create("http://127.0.0.1:" + port);
			exit = soak();
		}
		finally {
			app.close();
		}
		return exit;
	}

	private ConfigurableApplicationContext startApp() throws Exception {
		Path data = this.options.dir().resolve("db").toAbsolutePath();
		List<String> properties = new ArrayList<>(
				List.of("server.port=0", "chanjiao.embedded.bolt-port=0", "chanjiao.embedded.data-dir=" + data,
						"chanjiao.embedded.ephemeral=true", "chanjiao.embedded.page-cache=128MB",
						"chanjiao.warm-up.rounds=0", "logging.level.root=WARN", "logging.level.org.chanjiao=WARN"));
		RandomGenerator random = random(-1);
		for (int w = 0; w < this.options.writers(); w++) {
			String editor = token(random);
			String admin = token(random);
			this.editorTokens.put("soak-editor-" + w, editor);
			this.adminTokens.put("soak-admin-" + w, admin);
		}
		int i = 0;
		for (Map<String, String> tokens : List.of(this.editorTokens, this.adminTokens)) {
			for (Map.Entry<String, String> token : tokens.entrySet()) {
				properties.add("chanjiao.security.tokens[" + i + "].name=" + token.getKey());
				properties.add("chanjiao.security.tokens[" + i + "].sha256=" + sha256(token.getValue()));
				properties.add("chanjiao.security.tokens[" + i + "].roles="
						+ (token.getKey().contains("admin") ? "ADMIN" : "EDITOR"));
				i++;
			}
		}
		long started = System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ChanjiaoGraphApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties(properties.toArray(String[]::new))
			.run();
		out.printf("application started in %.1f s%n", (System.nanoTime() - started) / 1e9);
		return app;
	}

	private int soak() throws Exception {
		JsonNode seeds = graphQl(null, "{ organizations(first: 500) { edges { node { id } } } }", Map.of());
		seeds.at("/data/organizations/edges").forEach((e) -> this.readableIds.add(e.at("/node/id").asString()));
		out.printf("seeds: %d organisations%n%n", this.readableIds.size());
		out.println(HEADER);
		int threads = this.options.readers() + this.options.writers();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Writer> writers = new ArrayList<>();
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < this.options.readers(); r++) {
			int reader = r;
			running.add(pool.submit(() -> read(reader)));
		}
		for (int w = 0; w < this.options.writers(); w++) {
			Writer writer = new Writer(w);
			writers.add(writer);
			running.add(pool.submit(writer::write));
		}
		long start = System.nanoTime();
		long end = start + (long) (this.options.minutes() * 60e9);
		int minute = 0;
		while (System.nanoTime() < end) {
			long next = start + (minute + 1) * 60_000_000_000L;
			Thread.sleep(Math.max(1, Math.min(next, end) - System.nanoTime()) / 1_000_000);
			minute++;
			report(minute);
		}
		this.stopping = true;
		for (Future<?> future : running) {
			future.get(2, TimeUnit.MINUTES);
		}
		pool.shutdown();
		Map<String, String> summary = new LinkedHashMap<>();
		long accepted = writers.stream().mapToLong((w) -> w.accepted).sum();
		long refused = writers.stream().mapToLong((w) -> w.refused).sum();
		summary.put("reads", String.valueOf(this.window.totalReads.get()));
		summary.put("writes accepted", String.valueOf(accepted));
		summary.put("writes refused as expected", String.valueOf(refused));
		summary.put("unexpected answers", String.valueOf(this.unexpectedCount.get()));
		summary.put("answered TIMEOUT (bounded, rolled back)", String.valueOf(this.timedOut.get()));
		out.println();
		this.unexpected.stream().limit(20).forEach((u) -> out.println("unexpected: " + u));
		Verification verification = verify(writers);
		summary.put("organisations verified", String.valueOf(verification.organizations));
		summary.put("relationships verified", String.valueOf(verification.relations));
		summary.put("deleted or refused ids verified absent", String.valueOf(verification.absent));
		summary.put("mismatches", String.valueOf(verification.mismatches.size()));
		verification.mismatches.stream().limit(50).forEach((m) -> out.println("MISMATCH " + m));
		summary.forEach((k, v) -> out.printf("%s: %s%n", k, v));
		Path report = this.options.dir().resolve("soak-report.md");
		Files.writeString(report,
				"# Soak " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n\n" + this.machine
						+ "\n\n" + HEADER + "\n" + String.join("\n", this.minuteLines) + "\n\n"
						+ summary.entrySet()
							.stream()
							.map((e) -> "- " + e.getKey() + ": " + e.getValue())
							.collect(Collectors.joining("\n"))
						+ "\n",
				StandardCharsets.UTF_8);
		out.println("report: " + report);
		// Timeouts are the bound working, but more than one answer in a hundred is no
		// pass.
		long requests = this.window.totalReads.get() + this.window.totalWrites.get();
		boolean ok = verification.mismatches.isEmpty() && this.unexpectedCount.get() == 0 && accepted > 0
				&& this.timedOut.get() * 100 <= requests;
		out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
		return ok ? 0 : 1;
	}

	// ---------------------------------------------------------------- readers

	private static final String[] READS = {
			"""
					query($id: ID!) { organization(id: $id) { id name kind aliases
					  relations(first: 20) { id type role status from { id name } to { id name } evidence { quote documentTitle } }
					  coFounders { from { id } } cooperationModel { derived missing } } }""",
			"query($after: String) { organizations(first: 50, after: $after) { totalCount "
					+ "edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }",
			"query($text: String!) { search(text: $text, first: 10) { id name } }",
			"query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id name kind } relations { id type } } }",
			"query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { id } } }",
			"{ enterprisesSpanningColleges(minColleges: 1) { enterprise { id } collegeCount schools { id } } }",
			"{ centrality(measure: DEGREE, first: 5) { scores { rank score organization { id } } } }",
			"query($id: ID!) { history(id: $id, first: 10) { action at } }" };

	private void read(int reader) {
		RandomGenerator random = random(1000 + reader);
		String after = null;
		while (!this.stopping) {
			int kind = random.nextInt(READS.length + 2);
			String id = pick(random);
			long started = System.nanoTime();
			boolean ok;
			String detail = "";
			try {
				if (kind == READS.length) {
					ok = get("/export/nodes.csv?kinds=COLLEGE,SCHOOL", null).statusCode() == 200;
				}
				else if (kind == READS.length + 1) {
					HttpResponse<String> response = get("/graphql?query=" + URLEncoder
						.encode("{ organization(id: \"" + id + "\") { id name } }", StandardCharsets.UTF_8), null);
					ok = response.statusCode() == 200 || response.statusCode() == 304;
				}
				else {
					Map<String, Object> variables = new HashMap<>();
					variables.put("id", id);
					variables.put("from", id);
					variables.put("to", pick(random));
					variables.put("text", (random.nextBoolean() ? "产业学院" : "集团"));
					variables.put("after", after);
					JsonNode answer = graphQl(null, READS[kind], variables);
					if (timedOut(answer)) {
						this.timedOut.incrementAndGet();
						ok = true;
					}
					else {
						ok = noErrorsButNotFoundOfSoakIds(answer);
					}
					detail = String.valueOf(answer.get("errors"));
					if (kind == 1) {
						JsonNode info = answer.at("/data/organizations/pageInfo");
						after = info.at("/hasNextPage").asBoolean() ? info.at("/endCursor").asString() : null;
					}
				}
			}
			catch (Exception ex) {
				ok = false;
				unexpected("read " + kind + ": " + ex);
			}
			this.window.read(System.nanoTime() - started);
			if (!ok) {
				unexpected("read " + kind + " of " + id + " answered with errors: " + detail);
			}
			pause(this.options.thinkMillis());
		}
	}

	/** Any readable id (writers add and remove some meanwhile). */
	private String pick(RandomGenerator random) {
		Object[] ids = this.readableIds.toArray();
		return (String) ids[random.nextInt(ids.length)];
	}

	/**
	 * Whether every error of an answer is a timeout: the application's bound on a
	 * statement (chanjiao.store.timeout) answered as it should, the statement rolled
	 * back; counted apart from unexpected answers. A write that timed out is not in the
	 * ledger, so were it written after all, the verification would find it.
	 */
	private static boolean timedOut(JsonNode answer) {
		JsonNode errors = answer.get("errors");
		if (errors == null || errors.isEmpty()) {
			return false;
		}
		for (JsonNode error : errors) {
			if (!"TIMEOUT".equals(error.at("/extensions/classification").asString())) {
				return false;
			}
		}
		return true;
	}

	/** A soak organisation deleted meanwhile answers NOT_FOUND: expected. */
	private static boolean noErrorsButNotFoundOfSoakIds(JsonNode answer) {
		JsonNode errors = answer.get("errors");
		if (errors == null || errors.isEmpty()) {
			return true;
		}
		for (JsonNode error : errors) {
			if (!"NOT_FOUND".equals(error.at("/extensions/classification").asString())
					|| !error.at("/message").asString().contains("'soak-")) {
				return false;
			}
		}
		return true;
	}

	// ---------------------------------------------------------------- writers

	/** What a writer wrote: the state each accepted mutation left. */
	static final class ExpectedOrganization {

		final String id;

		final String kind;

		String name;

		String region;

		Integer founded;

		int version;

		boolean deleted;

		ExpectedOrganization(String id, String kind, String name) {
			this.id = id;
			this.kind = kind;
			this.name = name;
		}

	}

	static final class ExpectedRelation {

		final String id;

		final String from;

		final String to;

		final RelationType type;

		final String qualifier;

		String status = "ASSERTED";

		Integer since;

		Integer until;

		final List<String> quotes = new ArrayList<>();

		ExpectedRelation(String id, String from, String to, RelationType type, String qualifier) {
			this.id = id;
			this.from = from;
			this.to = to;
			this.type = type;
			this.qualifier = qualifier;
		}

	}

	private static final String[] COLLEGES = { "chimelong-college", "elevator-college", "jingdiao-college",
			"childcare-college" };

	private final class Writer {

		final int number;

		final String editor;

		final String admin;

		final RandomGenerator random;

		final Map<String, ExpectedOrganization> organizations = new LinkedHashMap<>();

		final Map<String, ExpectedRelation> relations = new LinkedHashMap<>();

		final List<String> refusedIds = new ArrayList<>();

		long accepted;

		long refused;

		int created;

		boolean documentCreated;

		Writer(int number) {
			this.number = number;
			this.editor = Soak.this.editorTokens.get("soak-editor-" + number);
			this.admin = Soak.this.adminTokens.get("soak-admin-" + number);
			this.random = random(number);
		}

		void write() {
			while (!Soak.this.stopping) {
				long started = System.nanoTime();
				String what = "?";
				try {
					what = step();
				}
				catch (Exception ex) {
					unexpected("writer " + this.number + " " + what + ": " + ex);
				}
				long took = System.nanoTime() - started;
				Soak.this.window.write(took);
				pause(Math.max(0, Soak.this.options.writeIntervalMillis() - took / 1_000_000));
			}
		}

		List<ExpectedOrganization> alive() {
			return this.organizations.values().stream().filter((o) -> !o.deleted).toList();
		}

		List<ExpectedRelation> liveRelations() {
			return this.relations.values().stream().filter((r) -> !ended(r.from) && !ended(r.to)).toList();
		}

		boolean ended(String id) {
			ExpectedOrganization o = this.organizations.get(id);
			return o != null && o.deleted;
		}

		String step() {
			int dice = this.random.nextInt(100);
			List<ExpectedOrganization> alive = alive();
			if (alive.size() < 3 || dice < 20) {
				return create();
			}
			if (dice < 35) {
				return update(alive.get(this.random.nextInt(alive.size())));
			}
			if (dice < 55) {
				return relate(alive.get(this.random.nextInt(alive.size())));
			}
			List<ExpectedRelation> live = liveRelations();
			if (dice < 65 && !live.isEmpty()) {
				return updateRelation(live.get(this.random.nextInt(live.size())));
			}
			if (dice < 75 && !live.isEmpty()) {
				return addEvidence(live.get(this.random.nextInt(live.size())));
			}
			if (dice < 80 && !live.isEmpty()) {
				return deprecate(live.get(this.random.nextInt(live.size())));
			}
			if (dice < 90) {
				return refusedWrite(alive.get(this.random.nextInt(alive.size())));
			}
			if (dice < 93) {
				return delete(alive.get(this.random.nextInt(alive.size())));
			}
			return update(alive.get(this.random.nextInt(alive.size())));
		}

		String create() {
			String id = "soak-w" + this.number + "-" + (++this.created);
			String kind = this.random.nextInt(4) == 0 ? "SCHOOL" : "ENTERPRISE";
			String name = "浸泡测试" + (kind.equals("SCHOOL") ? "职业学院" : "科技有限公司") + this.number + "号" + this.created;
			JsonNode answer = graphQl(this.editor,
					"mutation($input: OrganizationInput!) { createOrganization(input: $input) { id version } }",
					Map.of("input", Map.of("id", id, "name", name, "kind", kind)));
			if (succeeded(answer, "create " + id)) {
				this.organizations.put(id, new ExpectedOrganization(id, kind, name));
				Soak.this.readableIds.add(id);
			}
			return "create";
		}

		String update(ExpectedOrganization o) {
			String region = "广东省测试市" + this.random.nextInt(1000);
			int founded = 1950 + this.random.nextInt(70);
			String name = o.name.endsWith("（改）") ? o.name.substring(0, o.name.length() - 3) : o.name + "（改）";
			JsonNode answer = graphQl(this.editor, """
					mutation($id: ID!, $version: Int!, $input: OrganizationPatch!) {
					  updateOrganization(id: $id, version: $version, input: $input) { version } }""", Map.of("id", o.id,
					"version", o.version, "input", Map.of("region", region, "founded", founded, "name", name)));
			if (succeeded(answer, "update " + o.id)) {
				o.region = region;
				o.founded = founded;
				o.name = name;
				o.version++;
			}
			return "update";
		}

		String relate(ExpectedOrganization o) {
			Map<String, Object> input = new LinkedHashMap<>();
			RelationType type;
			String to;
			String qualifier;
			if (o.kind.equals("ENTERPRISE") && this.random.nextBoolean()) {
				type = RelationType.CO_FOUNDED;
				to = COLLEGES[this.random.nextInt(COLLEGES.length)];
				qualifier = "PARTNER";
				input.put("role", qualifier);
			}
			else {
				type = RelationType.PARTNERS_WITH;
				List<ExpectedOrganization> alive = alive();
				to = this.random.nextBoolean() ? "gdep" : alive.get(this.random.nextInt(alive.size())).id;
				qualifier = List.of("INTERNSHIP_BASE", "EMPLOYMENT", "RESEARCH").get(this.random.nextInt(3));
				input.put("kind", qualifier);
			}
			String id = RelationKeys.id(o.id, type, to, qualifier);
			if (to.equals(o.id) || this.relations.containsKey(id)) {
				return "relate (skipped)";
			}
			int since = 2000 + this.random.nextInt(24);
			String quote = "浸泡测试引文 " + o.id + " " + type + " " + to;
			input.putAll(Map.of("from", o.id, "to", to, "type", type.name(), "since", since));
			Map<String, Object> evidence = new LinkedHashMap<>(
					Map.of("documentId", "soak-doc-" + this.number, "quote", quote));
			if (!this.documentCreated) {
				evidence.put("documentTitle", "浸泡测试文档 " + this.number);
			}
			input.put("evidence", List.of(evidence));
			JsonNode answer = graphQl(this.editor,
					"mutation($input: RelationInput!) { addRelation(input: $input) { id status } }",
					Map.of("input", input));
			if (succeeded(answer, "addRelation " + id)) {
				String answered = answer.at("/data/addRelation/id").asString();
				if (!answered.equals(id)) {
					unexpected("addRelation answered id " + answered + ", expected " + id);
				}
				ExpectedRelation relation = new ExpectedRelation(id, o.id, to, type, qualifier);
				relation.since = since;
				relation.quotes.add(quote);
				this.relations.put(id, relation);
				this.documentCreated = true;
			}
			return "relate";
		}

		String updateRelation(ExpectedRelation r) {
			int until = Math.max(r.since, 2020) + this.random.nextInt(5);
			JsonNode answer = graphQl(this.editor,
					"mutation($id: ID!, $input: RelationPatch!) { updateRelation(id: $id, input: $input) { until } }",
					Map.of("id", r.id, "input", Map.of("until", until)));
			if (succeeded(answer, "updateRelation " + r.id)) {
				r.until = until;
			}
			return "updateRelation";
		}

		String addEvidence(ExpectedRelation r) {
			String quote = "浸泡测试补充引文 " + r.quotes.size() + " " + r.id;
			JsonNode answer = graphQl(this.editor, """
					mutation($id: ID!, $evidence: EvidenceInput!) {
					  addEvidence(relationId: $id, evidence: $evidence) { id } }""",
					Map.of("id", r.id, "evidence", Map.of("documentId", "soak-doc-" + this.number, "quote", quote)));
			if (succeeded(answer, "addEvidence " + r.id)) {
				r.quotes.add(quote);
			}
			return "addEvidence";
		}

		String deprecate(ExpectedRelation r) {
			if (r.status.equals("DEPRECATED")) {
				return "deprecate (skipped)";
			}
			JsonNode answer = graphQl(this.editor,
					"mutation($id: ID!) { deprecateRelation(id: $id, reason: \"soak\") { status } }",
					Map.of("id", r.id));
			if (succeeded(answer, "deprecate " + r.id)) {
				r.status = "DEPRECATED";
			}
			return "deprecate";
		}

		String delete(ExpectedOrganization o) {
			JsonNode answer = graphQl(this.admin,
					"mutation($id: ID!) { deleteOrganization(id: $id, reason: \"soak\") }", Map.of("id", o.id));
			if (succeeded(answer, "delete " + o.id)) {
				o.deleted = true;
				Soak.this.readableIds.remove(o.id);
			}
			return "delete";
		}

		/** Invalid input or a stale version: refused, nothing written. */
		String refusedWrite(ExpectedOrganization o) {
			int which = this.random.nextInt(3);
			JsonNode answer;
			String expected;
			if (which == 0) {
				String id = "soak-refused-w" + this.number + "-" + this.refusedIds.size();
				this.refusedIds.add(id);
				answer = graphQl(this.editor,
						"mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
						Map.of("input", Map.of("id", id, "name", "浸泡测试拒绝", "kind", "ENTERPRISE", "founded", 1800,
								"identifiers", List.of(Map.of("scheme", "USCC", "value", "91350100M000100Y4Z")))));
				expected = "BAD_REQUEST";
			}
			else if (which == 1) {
				answer = graphQl(this.editor, """
						mutation($id: ID!, $version: Int!) {
						  updateOrganization(id: $id, version: $version, input: {region: "不应写入"}) { version } }""",
						Map.of("id", o.id, "version", o.version + 7));
				expected = "CONFLICT";
			}
			else {
				answer = graphQl(this.editor, "mutation($input: RelationInput!) { addRelation(input: $input) { id } }",
						Map.of("input", Map.of("from", o.id, "to", "gdep", "type", "CO_FOUNDED", "role", "LEAD")));
				expected = "BAD_REQUEST";
			}
			JsonNode errors = answer.get("errors");
			if (errors != null && errors.size() == 1
					&& expected.equals(errors.get(0).at("/extensions/classification").asString())) {
				this.refused++;
			}
			else if (timedOut(answer)) {
				Soak.this.timedOut.incrementAndGet();
			}
			else {
				unexpected("writer " + this.number + " expected " + expected + ", got " + answer);
			}
			return "refused";
		}

		boolean succeeded(JsonNode answer, String what) {
			JsonNode errors = answer.get("errors");
			if (errors == null || errors.isEmpty()) {
				this.accepted++;
				return true;
			}
			if (timedOut(answer)) {
				Soak.this.timedOut.incrementAndGet();
				return false;
			}
			unexpected("writer " + this.number + " " + what + ": " + errors);
			return false;
		}

	}

	// ---------------------------------------------------------------- verification

	private static final class Verification {

		int organizations;

		int relations;

		int absent;

		final List<String> mismatches = new ArrayList<>();

	}

	private Verification verify(List<Writer> writers) throws Exception {
		Verification v = new Verification();
		String admin = this.adminTokens.values().iterator().next();
		// In an export: the whole graph as the interchange zip.
		HttpResponse<byte[]> zip = this.http.send(HttpRequest.newBuilder(this.base.resolve("/admin/export"))
			.header("Authorization", "Bearer " + admin)
			.timeout(Duration.ofMinutes(5))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (zip.statusCode() != 200) {
			v.mismatches.add("GET /admin/export answered " + zip.statusCode());
			return v;
		}
		Map<String, CSVRecord> nodes = new HashMap<>();
		Map<String, CSVRecord> relations = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				try (CSVParser parser = CSVFormat.RFC4180.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
					for (CSVRecord row : parser) {
						if (entry.getName().endsWith("nodes.csv")) {
							nodes.put(row.get("id"), row);
						}
						else if (entry.getName().endsWith("relations.csv")) {
							RelationType type = RelationType.valueOf(row.get("type"));
							String qualifierColumn = RelationKeys.qualifierProperty(type);
							String qualifier = (qualifierColumn != null && !row.get(qualifierColumn).isEmpty())
									? row.get(qualifierColumn) : null;
							relations.put(RelationKeys.id(row.get("from"), type, row.get("to"), qualifier), row);
						}
					}
				}
			}
		}
		long soakNodes = nodes.keySet().stream().filter((id) -> id.startsWith("soak-")).count();
		long expectedNodes = 0;
		long expectedRelations = 0;
		for (Writer writer : writers) {
			for (ExpectedOrganization o : writer.organizations.values()) {
				JsonNode found = graphQl(admin,
						"query($id: ID!) { organization(id: $id) { id name region founded " + "version } }",
						Map.of("id", o.id))
					.at("/data/organization");
				CSVRecord row = nodes.get(o.id);
				if (o.deleted) {
					check(v, found.isNull(), o.id + " deleted, but the graph has it");
					check(v, row == null, o.id + " deleted, but the export has it");
					v.absent++;
					continue;
				}
				expectedNodes++;
				v.organizations++;
				check(v, !found.isNull() && found.at("/name").asString().equals(o.name)
						&& text(found.at("/region")).equals(nullToEmpty(o.region))
						&& text(found.at("/founded")).equals((o.founded != null) ? o.founded.toString() : "")
						&& found.at("/version").asInt() == o.version, o.id + " in the graph: " + found);
				check(v, row != null && row.get("name").equals(o.name)
						&& row.get("region").equals(nullToEmpty(o.region))
						&& row.get("founded").equals((o.founded != null) ? o.founded.toString() : "")
						&& row.get("kind").equals(o.kind), o.id + " in the export: " + row);
			}
			for (ExpectedRelation r : writer.relations.values()) {
				JsonNode found = graphQl(admin,
						"query($id: ID!) { relation(id: $id) { id status since until "
								+ "from { id } to { id } evidence { quote } } }",
						Map.of("id", r.id))
					.at("/data/relation");
				CSVRecord row = relations.get(r.id);
				if (writer.ended(r.from) || writer.ended(r.to)) {
					check(v, found.isNull(), r.id + " of a deleted organisation, but the graph has it");
					check(v, row == null, r.id + " of a deleted organisation, but the export has it");
					v.absent++;
					continue;
				}
				expectedRelations++;
				v.relations++;
				List<String> quotes = new ArrayList<>();
				if (!found.isNull()) {
					found.at("/evidence").forEach((e) -> quotes.add(e.at("/quote").asString()));
				}
				check(v, !found.isNull() && found.at("/status").asString().equals(r.status)
						&& found.at("/from/id").asString().equals(r.from) && found.at("/to/id").asString().equals(r.to)
						&& text(found.at("/since")).equals(String.valueOf(r.since))
						&& text(found.at("/until")).equals((r.until != null) ? r.until.toString() : "")
						&& quotes.equals(r.quotes), r.id + " in the graph: " + found);
				check(v, row != null && row.get("status").equals(r.status)
						&& row.get("since").equals(String.valueOf(r.since))
						&& row.get("until").equals((r.until != null) ? r.until.toString() : "")
						&& Arrays.asList(row.get("evidence").split("\\|", -1)).equals(r.quotes),
						r.id + " in the export: " + row);
			}
			for (String id : writer.refusedIds) {
				check(v, !nodes.containsKey(id), id + " was refused, but the export has it");
				check(v, graphQl(admin, "query($id: ID!) { organization(id: $id) { id } }", Map.of("id", id))
					.at("/data/organization")
					.isNull(), id + " was refused, but the graph has it");
				v.absent++;
			}
		}
		check(v, soakNodes == expectedNodes,
				"the export has " + soakNodes + " soak organisations, the writers accepted " + expectedNodes);
		long soakRelations = relations.values()
			.stream()
			.filter((r) -> r.get("from").startsWith("soak-") || r.get("to").startsWith("soak-"))
			.count();
		check(v, soakRelations == expectedRelations,
				"the export has " + soakRelations + " soak relations, the writers accepted " + expectedRelations);
		check(v, nodes.values().stream().noneMatch((n) -> n.get("region").equals("不应写入")),
				"a stale version's region was written");
		return v;
	}

	private static void check(Verification v, boolean ok, String mismatch) {
		if (!ok) {
			v.mismatches.add(mismatch);
		}
	}

	private static String text(JsonNode value) {
		return (value == null || value.isNull() || value.isMissingNode()) ? "" : value.asString();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	// ---------------------------------------------------------------- measuring

	/** Latencies of the current minute, and totals. */
	private static final class Window {

		private final List<Long> reads = Collections.synchronizedList(new ArrayList<>());

		private final List<Long> writes = Collections.synchronizedList(new ArrayList<>());

		final AtomicLong totalReads = new AtomicLong();

		final AtomicLong totalWrites = new AtomicLong();

		void read(long nanos) {
			this.reads.add(nanos);
			this.totalReads.incrementAndGet();
		}

		void write(long nanos) {
			this.writes.add(nanos);
			this.totalWrites.incrementAndGet();
		}

		List<Long> drain(List<Long> list) {
			synchronized (list) {
				List<Long> copy = new ArrayList<>(list);
				list.clear();
				return copy;
			}
		}

	}

	private final AtomicLong refusedAtLastReport = new AtomicLong();

	private void report(int minute) {
		List<Long> reads = this.window.drain(this.window.reads);
		List<Long> writes = this.window.drain(this.window.writes);
		String line = String.format(Locale.ROOT, "| %d | %d | %s | %d | %s | %d | %d | %d | %d | %d | %.1f |", minute,
				reads.size(), percentiles(reads), writes.size(), percentiles(writes), this.unexpectedCount.get(),
				this.timedOut.get(), heapAfterGc() >> 20,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, residentBytes() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		this.minuteLines.add(line);
		out.println(line);
	}

	private static String percentiles(List<Long> nanos) {
		if (nanos.isEmpty()) {
			return "–";
		}
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(Comparator.naturalOrder());
		return String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", at(sorted, 0.50), at(sorted, 0.95),
				at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

	/** The heap the last collections left: live data, not garbage waiting. */
	private static long heapAfterGc() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
				bytes += pool.getCollectionUsage().getUsed();
			}
		}
		return bytes;
	}

	private static long residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux
		}
		return 0;
	}

	// ---------------------------------------------------------------- HTTP

	private JsonNode graphQl(String token, String query, Map<String, Object> variables) {
		try {
			Map<String, Object> body = new HashMap<>();
			body.put("query", query);
			body.put("variables", variables);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve("/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> get(String pathAndQuery, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.timeout(Duration.ofSeconds(60));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void unexpected(String what) {
		this.unexpectedCount.incrementAndGet();
		if (this.unexpected.size() < 200) {
			this.unexpected.add(what);
		}
	}

	// ---------------------------------------------------------------- helpers

	/** A generator for one client, from the soak's seed (printed at the start). */
	private RandomGenerator random(long stream) {
		return RandomGeneratorFactory.of("L64X128MixRandom").create(this.options.seed() * 1_000_003L + stream);
	}

	private static String token(RandomGenerator random) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
