package org.chanjiao.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.chanjiao.ChanjiaoGraphApplication;
import org.chanjiao.StatementCounter;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.RelationType;
import org.chanjiao.transfer.Importer;
import org.chanjiao.transfer.RelationKeys;
import org.chanjiao.transfer.ResourceFolder;
import org.chanjiao.transfer.generate.NetworkGenerator;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * The performance harness (issues 7 and 15): import throughput beside a plain driver
 * baseline and a ceiling; every contract question asked of the application, of the Neo4j
 * GraphQL Library (the peer, a Node server beside it on the same database) and as one
 * hand-written Cypher statement, from a client in a process of its own (Node), cold and
 * warm, every answer compared; a concurrent load test; memory and cold start. Every
 * comparison is a ratio measured in the same run on the same machine. Run with
 * {@code ./mvnw -Pbenchmark verify} (see README, "Benchmarks", and docs/BENCHMARKS.md);
 * options:
 * {@code --scale 0.1 --only queries --cold 1000 --warmup-seconds 20 --requests 500
 * --clients 32 --duration 60 --skip-cold-start}; {@code --server-java JDK} runs the
 * server from the packaged jar on that JDK, {@code --aot-cache} with JDK 25's
 * ahead-of-time cache ({@link ServerJvm}); {@code --server-jvm-options "…"} adds options
 * to the server's JVM (a flight recording, to profile it as it is measured).
 */
public final class Benchmark {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private final Map<String, String> options;

	private final double scale;

	private final int requests;

	private final Path work = Path.of("target", "benchmark");

	private final List<String[]> table = new ArrayList<>();

	private final HeapSampler heap = new HeapSampler();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Benchmark(Map<String, String> options) {
		this.options = options;
		this.scale = Double.parseDouble(options.getOrDefault("scale", "1"));
		this.requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				String name = args[i].substring(2);
				boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
				options.put(name, flag ? "true" : args[++i]);
			}
		}
		new Benchmark(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		System.out.println(machine());
		System.out.println("load average at start: " + loadAverage());
		this.heap.start();
		Path data = dataset();
		String only = this.options.getOrDefault("only", "import,ceiling,queries,load,cold");
		double baselineRate = 0;
		if (only.equals("baseline")) {
			baselineImport(data);
			return;
		}
		if (only.contains("import") && !this.options.containsKey("skip-baseline")) {
			baselineRate = baselineImport(data);
			System.gc();
		}
		if (only.contains("ceiling")) {
			ceilingImport(data);
			System.gc();
		}
		if (only.contains("import")) {
			ConfigurableApplicationContext app = startApp();
			try {
				Importer.Imported imported = importThroughApp(app, data);
				double rate = imported.relations() * 1000.0 / imported.millis();
				row("import (relations/s)", "app Importer.load", String.format("%,.0f", rate), "plain UNWIND MERGE",
						String.format("%,.0f", baselineRate), String.format("%.2f× of baseline", rate / baselineRate),
						"goal ≥ 0.8× and > 50,000/s");
				row("memory (import)", "-Xmx", mb(Runtime.getRuntime().maxMemory()), "peak heap used / live after GC",
						mb(this.heap.peakUsed) + " / " + mb(this.heap.peakAfterCollection),
						"page cache " + app.getEnvironment().getProperty("chanjiao.embedded.page-cache"),
						"tx state " + app.getEnvironment().getProperty("chanjiao.embedded.tx-state-memory")
								+ ", transaction memory max "
								+ app.getEnvironment().getProperty("chanjiao.embedded.transaction-memory-max"));
			}
			finally {
				app.close();
			}
		}
		boolean failed = false;
		if (only.contains("queries") || only.contains("load")) {
			Path database = importedDatabase(data);
			try (Server app = startServer(database)) {
				if (only.contains("queries")) {
					failed = !compareWithPeer(app);
				}
				if (only.contains("load")) {
					load(app);
				}
				row("memory (server)", "-Xmx " + this.options.getOrDefault("app-heap", "2g"), "peak resident set",
						app.peakResidentMegabytes() + " MB", "", "",
						"the application's own JVM, embedded Neo4j included");
			}
		}
		if (only.contains("cold") && !this.options.containsKey("skip-cold-start")) {
			coldStart();
		}
		printTable();
		if (failed) {
			System.out.println("FAILED: the answers of the application, the peer and Cypher differ (see above)");
			System.exit(1);
		}
	}

	/**
	 * The generated network of this scale (seed 1), with some relationships made
	 * candidates and some deprecated (every 20th CANDIDATE, every 50th from the 7th
	 * DEPRECATED: about 7 %), so that the questions' accepted-facts filter has something
	 * to leave out and an answer that forgot it differs. Kept in
	 * {@code target/benchmark/network-SCALE} and reused.
	 */
	private Path dataset() throws IOException {
		Path data = this.work.resolve("network-" + this.scale);
		if (Files.exists(data.resolve("relations.csv"))) {
			return data;
		}
		Path generated = this.work.resolve("generated-" + this.scale);
		long started = System.nanoTime();
		NetworkGenerator.Summary summary = NetworkGenerator.generate(this.scale, 1, generated);
		System.out.printf("generated %s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);
		Files.createDirectories(data);
		for (String file : List.of("nodes.csv", "documents.csv")) {
			Files.copy(generated.resolve(file), data.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Path relations = data.resolve("relations.csv.part");
		int candidates = 0;
		int deprecated = 0;
		try (Reader reader = Files.newBufferedReader(generated.resolve("relations.csv"));
				CSVParser parser = CSV.parse(reader);
				CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(relations),
						CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			List<String> header = parser.getHeaderNames();
			printer.printRecord(header);
			int status = header.indexOf("status");
			int n = 0;
			for (CSVRecord record : parser) {
				n++;
				List<String> cells = new ArrayList<>(record.toList());
				if (n % 20 == 0) {
					cells.set(status, "CANDIDATE");
					candidates++;
				}
				else if (n % 50 == 7) {
					cells.set(status, "DEPRECATED");
					deprecated++;
				}
				printer.printRecord(cells);
			}
		}
		Files.move(relations, data.resolve("relations.csv"), StandardCopyOption.ATOMIC_MOVE);
		System.out.printf("%d relationships made CANDIDATE, %d DEPRECATED%n", candidates, deprecated);
		return data;
	}

	// ---------------------------------------------------------------- import

	/**
	 * The baseline: the same files parsed with commons-csv and written with plain
	 * {@code UNWIND $rows MERGE} statements of 10,000 rows ({@code --batch-size}), each
	 * in its own transaction, through the driver, into a fresh embedded database with the
	 * same schema and settings.
	 */
	private double baselineImport(Path data) throws Exception {
		Path dir = fresh("baseline-db");
		int port = freePort();
		DatabaseManagementService dbms = neo4j(dir, port);
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
			applySchema(driver, this.options.getOrDefault("skip-schema", "none"));
			long started = System.nanoTime();
			Rows rows = parse(data);
			Map<String, List<Map<String, Object>>> nodesByKind = rows.nodesByKind();
			Map<RelationType, List<Map<String, Object>>> relationsByType = rows.relationsByType();
			long relations = relationsByType.values().stream().mapToLong(List::size).sum();
			String variant = this.options.getOrDefault("baseline-variant", "merge");
			// Batched the usual way: each UNWIND batch is its own transaction.
			int batchSize = Integer.parseInt(this.options.getOrDefault("batch-size", "10000"));
			TransactionConfig config = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();
			try (Session session = driver.session()) {
				long t0 = System.nanoTime();
				for (var entry : nodesByKind.entrySet()) {
					String label = OrgKind.valueOf(entry.getKey()).label();
					for (List<Map<String, Object>> batch : batches(entry.getValue(), batchSize)) {
						session.executeWriteWithoutResult((tx) -> tx.run(
								"UNWIND $rows AS row MERGE (o:Organization {id: row.id}) SET o += row.properties SET o:"
										+ label,
								Map.of("rows", batch))
							.consume(), config);
					}
				}
				System.out.printf("baseline nodes: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
				for (var entry : relationsByType.entrySet()) {
					long t1 = System.nanoTime();
					for (List<Map<String, Object>> batch : batches(entry.getValue(), batchSize)) {
						session.executeWriteWithoutResult((tx) -> tx.run("""
								UNWIND $rows AS row
								MATCH (a:Organization {id: row.from})
								MATCH (b:Organization {id: row.to})
								%s (a)-[r:%s {id: row.id}]->(b)
								SET r += row.properties
								""".formatted(variant.equals("create") ? "CREATE" : "MERGE", entry.getKey().name()),
								Map.of("rows", batch))
							.consume(), config);
					}
					System.out.printf("baseline %s %d: %d ms%n", entry.getKey(), entry.getValue().size(),
							(System.nanoTime() - t1) / 1_000_000);
				}
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("baseline import incl. commit: %d ms%n", millis);
			double rate = relations * 1000.0 / millis;
			System.out.printf("baseline import: %,d relations in %,d ms: %,.0f relations/s%n", relations, millis, rate);
			return rate;
		}
		finally {
			dbms.shutdown();
		}
	}

	/** The interchange files as rows of driver parameters, parsed with commons-csv. */
	private record Rows(Map<String, List<Map<String, Object>>> nodesByKind,
			Map<RelationType, List<Map<String, Object>>> relationsByType) {
	}

	private static Rows parse(Path data) throws IOException {
		Map<String, List<Map<String, Object>>> nodesByKind = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(data.resolve("nodes.csv"))) {
			for (CSVRecord record : CSV.parse(reader)) {
				Map<String, Object> properties = new HashMap<>();
				put(properties, "name", record.get("name"));
				put(properties, "nameEn", record.get("nameEn"));
				put(properties, "region", record.get("region"));
				put(properties, "description", record.get("description"));
				put(properties, "kind", record.get("kind"));
				if (!record.get("aliases").isEmpty()) {
					properties.put("aliases", List.of(record.get("aliases").split("\\|")));
				}
				if (!record.get("founded").isEmpty()) {
					properties.put("founded", Long.parseLong(record.get("founded")));
				}
				nodesByKind.computeIfAbsent(record.get("kind"), (k) -> new ArrayList<>())
					.add(Map.of("id", record.get("id"), "properties", properties));
			}
		}
		Map<RelationType, List<Map<String, Object>>> relationsByType = new EnumMap<>(RelationType.class);
		try (Reader reader = Files.newBufferedReader(data.resolve("relations.csv"))) {
			for (CSVRecord record : CSV.parse(reader)) {
				RelationType type = RelationType.valueOf(record.get("type"));
				Map<String, Object> properties = new HashMap<>();
				for (String column : List.of("role", "status", "kind", "title", "level", "stage")) {
					put(properties, column, record.get(column));
				}
				if (!record.get("since").isEmpty()) {
					properties.put("since", Long.parseLong(record.get("since")));
				}
				properties.put("sources", List.of(record.get("sources").split("\\|")));
				properties.put("evidence", List.of(record.get("evidence").split("\\|")));
				String qualifier = (RelationKeys.qualifierProperty(type) != null)
						? record.get(RelationKeys.qualifierProperty(type)) : null;
				String id = RelationKeys.id(record.get("from"), type, record.get("to"),
						(qualifier == null || qualifier.isEmpty()) ? null : qualifier);
				relationsByType.computeIfAbsent(type, (k) -> new ArrayList<>())
					.add(Map.of("id", id, "from", record.get("from"), "to", record.get("to"), "properties",
							properties));
			}
		}
		return new Rows(nodesByKind, relationsByType);
	}

	/**
	 * The ceiling: the same rows written through the Java API of a fresh embedded
	 * database with the same schema and settings, in transactions of 10,000 rows — no
	 * validation, no journal, no look-up of existing rows (relation ends found in a map
	 * of the nodes just created; the few documents left out). An import that checks and
	 * merges does at least this work: it shows what this machine's Neo4j can commit.
	 * Timed with and without parsing.
	 */
	private void ceilingImport(Path data) throws Exception {
		Path dir = fresh("ceiling-db");
		int port = freePort();
		DatabaseManagementService dbms = neo4j(dir, port);
		try {
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
				applySchema(driver, this.options.getOrDefault("skip-schema", "none"));
			}
			GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			int batchSize = Integer.parseInt(this.options.getOrDefault("batch-size", "10000"));
			long started = System.nanoTime();
			Rows rows = parse(data);
			long writing = System.nanoTime();
			Map<String, Long> nodeIds = new HashMap<>();
			Label organization = Label.label("Organization");
			for (var entry : rows.nodesByKind().entrySet()) {
				Label label = Label.label(OrgKind.valueOf(entry.getKey()).label());
				for (List<Map<String, Object>> batch : batches(entry.getValue(), batchSize)) {
					try (Transaction tx = db.beginTx()) {
						for (Map<String, Object> row : batch) {
							Node node = tx.createNode(organization, label);
							node.setProperty("id", row.get("id"));
							setAll(node, row.get("properties"));
							nodeIds.put((String) row.get("id"), node.getId());
						}
						tx.commit();
					}
				}
			}
			System.out.printf("ceiling nodes: %,d ms%n", (System.nanoTime() - writing) / 1_000_000);
			// --ceiling-threads 2: batches from two threads (a batch that deadlocks on a
			// shared hub is tried again), the most two cores could give.
			int threads = Integer.parseInt(this.options.getOrDefault("ceiling-threads", "1"));
			List<Runnable> work = new ArrayList<>();
			AtomicLong relations = new AtomicLong();
			AtomicLong retries = new AtomicLong();
			for (var entry : rows.relationsByType().entrySet()) {
				RelationshipType type = RelationshipType.withName(entry.getKey().name());
				for (List<Map<String, Object>> batch : batches(entry.getValue(), batchSize)) {
					work.add(() -> {
						while (true) {
							try (Transaction tx = db.beginTx()) {
								for (Map<String, Object> row : batch) {
									Relationship relationship = tx.getNodeById(nodeIds.get((String) row.get("from")))
										.createRelationshipTo(tx.getNodeById(nodeIds.get((String) row.get("to"))),
												type);
									relationship.setProperty("id", row.get("id"));
									setAll(relationship, row.get("properties"));
								}
								tx.commit();
								relations.addAndGet(batch.size());
								return;
							}
							catch (org.neo4j.graphdb.TransientFailureException ex) {
								retries.incrementAndGet();
							}
						}
					});
				}
			}
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
			try {
				for (var future : pool
					.invokeAll(work.stream().map(java.util.concurrent.Executors::callable).toList())) {
					future.get();
				}
			}
			finally {
				pool.shutdown();
			}
			long ended = System.nanoTime();
			double total = relations.get() * 1e9 / (ended - started);
			double writingOnly = relations.get() * 1e9 / (ended - writing);
			System.out.printf(
					"ceiling import (%d thread(s)): %,d relations: %,.0f relations/s with parsing, %,.0f writing only, %d retries%n",
					threads, relations.get(), total, writingOnly, retries.get());
			row("import ceiling (relations/s, " + threads + " thread(s))", "Java API writes, no checks or journal",
					String.format("%,.0f", total), "writing only, parsed before", String.format("%,.0f", writingOnly),
					"", "what Neo4j here can commit");
		}
		finally {
			dbms.shutdown();
		}
	}

	@SuppressWarnings("unchecked")
	private static void setAll(Entity entity, Object properties) {
		((Map<String, Object>) properties).forEach((key, value) -> entity.setProperty(key,
				(value instanceof List<?> list) ? list.toArray(String[]::new) : value));
	}

	private Importer.Imported importThroughApp(ConfigurableApplicationContext app, Path data) {
		Importer.Imported imported = app.getBean(Importer.class).load(ResourceFolder.of(data), "benchmark", (n) -> {
		}, (n) -> {
		});
		System.out.printf("app import: %s: %,.0f relations/s%n", imported,
				imported.relations() * 1000.0 / imported.millis());
		return imported;
	}

	private static void put(Map<String, Object> properties, String key, String value) {
		if (value != null && !value.isEmpty()) {
			properties.put(key, value);
		}
	}

	private static <T> List<List<T>> batches(List<T> rows, int size) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < rows.size(); i += size) {
			batches.add(rows.subList(i, Math.min(rows.size(), i + size)));
		}
		return batches;
	}

	private DatabaseManagementService neo4j(Path dir, int port) {
		return new DatabaseManagementServiceBuilder(dir.toAbsolutePath()).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory,
					DataSize.parse(this.options.getOrDefault("page-cache", "512MB")).toBytes())
			.setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
					GraphDatabaseSettings.TransactionStateMemoryAllocation
						.valueOf(this.options.getOrDefault("tx-state", "OFF_HEAP")))
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					DataSize.parse(this.options.getOrDefault("tx-memory", "4GB")).toBytes())
			.build();
	}

	private static void applySchema(Driver driver, String skip) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("cypher")); Session session = driver.session()) {
			for (Path file : files.sorted().filter((f) -> !f.toString().contains(skip)).toList()) {
				StringBuilder text = new StringBuilder();
				for (String line : Files.readAllLines(file)) {
					if (!line.strip().startsWith("//")) {
						text.append(line).append('\n');
					}
				}
				for (String statement : text.toString().split(";")) {
					if (!statement.isBlank()) {
						session.run(statement).consume();
					}
				}
			}
			session.run("CALL db.awaitIndexes(300)").consume();
		}
	}

	// ---------------------------------------------------------------- the application

	private ConfigurableApplicationContext startApp() throws IOException {
		Path dir = fresh("app-db");
		List<String> properties = new ArrayList<>(List.of("server.port=0", "chanjiao.embedded.bolt-port=0",
				"chanjiao.embedded.data-dir=" + dir.toAbsolutePath(), "chanjiao.seeds.load-on-start=false",
				"chanjiao.embedded.page-cache=" + this.options.getOrDefault("page-cache", "512MB"),
				"chanjiao.embedded.tx-state-memory=" + this.options.getOrDefault("tx-state", "OFF_HEAP"),
				"chanjiao.embedded.transaction-memory-max=" + this.options.getOrDefault("tx-memory", "4GB"),
				"chanjiao.transfer.batch-size=" + this.options.getOrDefault("batch-size", "10000"),
				"chanjiao.store.in-process-reads=" + this.options.getOrDefault("in-process-reads", "true"),
				"logging.level.root=WARN", "logging.level.org.chanjiao=INFO"));
		return new SpringApplicationBuilder(ChanjiaoGraphApplication.class, StatementCounter.Configuration.class)
			.web(WebApplicationType.SERVLET)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	// ---------------------------------------------------------------- the server, the
	// peer, the client

	/**
	 * The folder of the peer and the client (Node): package.json, peer.mjs, client.mjs.
	 */
	private static final Path NODE = Path.of("src", "test", "java", "org", "chanjiao", "benchmark", "node");

	/**
	 * The embedded database's password for the benchmark's server; the peer and the
	 * client log in with it over Bolt.
	 */
	private static final String PASSWORD = "benchmark-password";

	/**
	 * The network imported into a database folder of its own through the application's
	 * {@code import} subcommand, in a JVM of its own, as a user would. Kept and reused
	 * while the schema ({@code cypher/}), the code that writes and maps the graph
	 * ({@code transfer/}, {@code organization/}) and the data are byte for byte the same.
	 */
	private Path importedDatabase(Path data) throws Exception {
		Path database = this.work.resolve("db-" + this.scale);
		Path marker = this.work.resolve("db-" + this.scale + ".key");
		String key = layoutKey(data);
		if (Files.exists(database) && Files.exists(marker) && Files.readString(marker).equals(key)) {
			System.out.println("database reused: " + database);
			return database;
		}
		Files.deleteIfExists(marker);
		fresh("db-" + this.scale);
		long started = System.nanoTime();
		Process process = java(List.of("-Xmx" + this.options.getOrDefault("app-heap", "2g"), "-XX:+UseG1GC",
				ChanjiaoGraphApplication.class.getName(), "import", data.toAbsolutePath().toString(),
				"--chanjiao.embedded.data-dir=" + database.toAbsolutePath(), "--chanjiao.seeds.load-on-start=false",
				"--chanjiao.embedded.bolt-port=0", "--chanjiao.embedded.password=" + PASSWORD,
				"--chanjiao.embedded.page-cache=" + this.options.getOrDefault("page-cache", "512MB"),
				"--chanjiao.embedded.transaction-memory-max=" + this.options.getOrDefault("tx-memory", "4GB"),
				"--logging.level.root=WARN"), this.work.resolve("import.log"));
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("the import exited with " + exit + "; see target/benchmark/import.log");
		}
		Files.writeString(marker, key);
		System.out.printf("imported through the import subcommand in %.1f s%n", (System.nanoTime() - started) / 1e9);
		return database;
	}

	private static String layoutKey(Path data) throws Exception {
		java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
		List<Path> files = new ArrayList<>();
		for (Path root : List.of(Path.of("cypher"), Path.of("src/main/java/org/chanjiao/transfer"),
				Path.of("src/main/java/org/chanjiao/organization"))) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).sorted().forEach(files::add);
			}
		}
		for (Path file : files) {
			digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
			digest.update(Files.readAllBytes(file));
		}
		digest.update(Long.toString(Files.size(data.resolve("relations.csv"))).getBytes(StandardCharsets.UTF_8));
		return java.util.HexFormat.of().formatHex(digest.digest());
	}

	/** The application serving in a JVM of its own, started from the same classpath. */
	private final class Server implements AutoCloseable {

		private final Process process;

		private final int httpPort;

		private final int boltPort;

		Server(Process process, int httpPort, int boltPort) {
			this.process = process;
			this.httpPort = httpPort;
			this.boltPort = boltPort;
		}

		URI graphql() {
			return URI.create("http://127.0.0.1:" + this.httpPort + "/graphql");
		}

		String bolt() {
			return "bolt://127.0.0.1:" + this.boltPort;
		}

		/** The most resident memory the server's process held (VmHWM), in MB. */
		long peakResidentMegabytes() {
			try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				return lines.filter((l) -> l.startsWith("VmHWM:"))
					.findFirst()
					.map((l) -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
					.orElse(-1L);
			}
			catch (IOException ex) {
				return -1;
			}
		}

		@Override
		public void close() throws InterruptedException {
			stop(this.process);
		}

	}

	/**
	 * Starts the application on the database and waits until its HTTP port accepts
	 * connections (no request is sent before the client's first, so the client's cold
	 * phase gets the server's first requests).
	 */
	private Server startServer(Path database) throws Exception {
		int http = freePort();
		int bolt = freePort();
		ServerJvm jvm = ServerJvm.from(this.options, this.work);
		System.out.println(jvm.describe());
		List<String> jvmOptions = new ArrayList<>(
				List.of("-Xmx" + this.options.getOrDefault("app-heap", "2g"), "-XX:+UseG1GC"));
		// --server-jvm-options "-XX:StartFlightRecording=…": to profile the server as
		// measured
		String extra = this.options.getOrDefault("server-jvm-options", "").strip();
		if (!extra.isEmpty()) {
			jvmOptions.addAll(List.of(extra.split("\\s+")));
		}
		List<String> command = jvm.command(jvmOptions, List.of("--server.port=" + http,
				"--chanjiao.embedded.bolt-port=" + bolt, "--chanjiao.embedded.password=" + PASSWORD,
				"--chanjiao.embedded.data-dir=" + database.toAbsolutePath(), "--chanjiao.seeds.load-on-start=false",
				"--chanjiao.embedded.page-cache=" + this.options.getOrDefault("page-cache", "512MB"),
				"--chanjiao.store.in-process-reads=" + this.options.getOrDefault("in-process-reads", "true"),
				"--logging.level.root=WARN", "--logging.level.org.chanjiao=INFO"), PASSWORD);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve("server.log").toFile())
			.start();
		awaitPort(process, http, "the application (target/benchmark/server.log)");
		System.out.printf("application serving in %.1f s (HTTP %d, Bolt %d)%n", (System.nanoTime() - started) / 1e9,
				http, bolt);
		return new Server(process, http, bolt);
	}

	/**
	 * Installs the Node packages if needed, starts the peer beside the application on its
	 * database, and runs the client against all three; the client's tables go to standard
	 * output. Answers true when every answer of every side agreed.
	 */
	private boolean compareWithPeer(Server app) throws Exception {
		Path modules = NODE.resolve("node_modules").resolve(".package-lock.json");
		if (!Files.exists(modules) || Files.getLastModifiedTime(modules)
			.compareTo(Files.getLastModifiedTime(NODE.resolve("package-lock.json"))) < 0) {
			int exit = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(NODE.toFile())
				.inheritIO()
				.start()
				.waitFor();
			if (exit != 0) {
				throw new IllegalStateException("npm ci failed in " + NODE);
			}
		}
		int peerPort = freePort();
		Process peer = new ProcessBuilder("node", "peer.mjs", "--bolt", app.bolt(), "--user", "neo4j", "--password",
				PASSWORD, "--port", Integer.toString(peerPort))
			.directory(NODE.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("peer.log").toFile())
			.start();
		try {
			awaitPort(peer, peerPort, "the peer (target/benchmark/peer.log)");
			List<String> command = new ArrayList<>(List.of("node", "client.mjs", "--ours", app.graphql().toString(),
					"--peer", "http://127.0.0.1:" + peerPort + "/graphql", "--bolt", app.bolt(), "--user", "neo4j",
					"--password", PASSWORD, "--cold", this.options.getOrDefault("cold", "1000"), "--warmup-seconds",
					this.options.getOrDefault("warmup-seconds", "20"), "--warmup-min",
					this.options.getOrDefault("warmup", "300"), "--requests", Integer.toString(this.requests), "--out",
					this.work.resolve("comparison-" + this.scale + ".json").toAbsolutePath().toString()));
			if (this.options.containsKey("question")) {
				command.addAll(List.of("--question", this.options.get("question")));
			}
			System.out.println("load average before the client: " + loadAverage());
			int exit = new ProcessBuilder(command).directory(NODE.toFile()).inheritIO().start().waitFor();
			System.out.println("load average after the client: " + loadAverage());
			row("ours / peer / Cypher, every question", "client in its own process", "tables above", "", "", "",
					(exit == 0) ? "every answer of the three agreed" : "ANSWERS DIFFER");
			return exit == 0;
		}
		finally {
			stop(peer);
		}
	}

	private Process java(List<String> arguments, Path log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitPort(Process process, int port, String what) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(what + " exited with " + process.exitValue());
			}
			try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException(what + " did not listen on " + port + " within 5 minutes");
	}

	/** Stops a process this harness started: SIGTERM, then SIGKILL after 30 s. */
	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	// ---------------------------------------------------------------- load

	/** One GraphQL request of the load mix. */
	private record Question(String name, IntFunction<String> graphql) {
	}

	/**
	 * The load mix: the contract's six questions (organisation with relations,
	 * neighbourhood, shortest path, spanning colleges, search, page) on organisations
	 * drawn with a fixed seed.
	 */
	private List<Question> loadMix(Server app) {
		Random random = new Random(7);
		List<String> colleges;
		List<String> schools;
		List<String[]> names;
		try (Driver driver = GraphDatabase.driver(app.bolt(), AuthTokens.basic("neo4j", PASSWORD));
				Session session = driver
					.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			colleges = pick(
					session.run("MATCH (o:College) RETURN o.id AS id ORDER BY id").list((r) -> r.get("id").asString()),
					200, random);
			schools = pick(
					session.run("MATCH (o:School) RETURN o.id AS id ORDER BY id").list((r) -> r.get("id").asString()),
					200, random);
			names = pick(session.run("MATCH (o:Organization) RETURN o.name AS name, o.id AS id ORDER BY id")
				.list((r) -> new String[] { r.get("name").asString(), r.get("id").asString() }), 500, random);
		}
		IntFunction<String> college = (i) -> colleges.get(i % colleges.size());
		return List.of(new Question("organization + relations", (i) -> body("""
				query($id: ID!) { organization(id: $id) { id name kind region
				  relations(first: 50) { type role status since from { id name kind } to { id name kind }
				    evidence { documentId quote } } } }""", Map.of("id", college.apply(i)))),
				new Question("neighborhood depth 2", (i) -> body("""
						query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id name kind }
						  relations { type from { id } to { id } } } }""", Map.of("id", college.apply(i)))),
				new Question("shortestPath",
						(i) -> body("""
								query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length
								  nodes { id name kind } relations { type from { id } to { id } } } }""",
								Map.of("from", college.apply(i), "to", schools.get(i % schools.size())))),
				new Question("enterprisesSpanningColleges", (i) -> body("""
						{ enterprisesSpanningColleges(minColleges: 2, first: 50) { collegeCount
						  enterprise { id name } colleges { id name } schools { id name } } }""", Map.of())),
				new Question("search", (i) -> {
					String name = names.get(i % names.size())[0];
					int length = Math.min(name.length(), 2 + i % 3);
					int from = (name.length() - length) / 2;
					return body("query($text: String!) { search(text: $text, first: 10) { id name kind } }",
							Map.of("text", name.substring(from, from + length)));
				}), new Question("organizations page", (i) -> {
					String[] at = names.get(i % names.size());
					String cursor = Base64.getUrlEncoder()
						.withoutPadding()
						.encodeToString((at[0] + '\u0000' + at[1]).getBytes(StandardCharsets.UTF_8));
					return body("""
							query($after: String) { organizations(kinds: [ENTERPRISE], first: 20, after: $after) {
							  edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor } } }""",
							Map.of("after", cursor));
				}));
	}

	private static <T> List<T> pick(List<T> all, int n, Random random) {
		List<T> copy = new ArrayList<>(all);
		java.util.Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(n, copy.size()));
	}

	private String graphql(URI uri, String body) {
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static String body(String query, Map<String, Object> variables) {
		StringBuilder json = new StringBuilder("{\"query\":").append(json(query)).append(",\"variables\":{");
		String separator = "";
		for (var entry : variables.entrySet()) {
			json.append(separator).append(json(entry.getKey())).append(':').append(json((String) entry.getValue()));
			separator = ",";
		}
		return json.append("}}").toString();
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/**
	 * 32 client threads ({@code --clients}) for 60 s ({@code --duration}) in this JVM,
	 * round-robin over the load mix, against the application's own process.
	 */
	private void load(Server app) throws Exception {
		URI graphql = app.graphql();
		int clients = Integer.parseInt(this.options.getOrDefault("clients", "32"));
		int seconds = Integer.parseInt(this.options.getOrDefault("duration", "60"));
		List<Question> questions = loadMix(app);
		ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		AtomicLong firstError = new AtomicLong();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int client = c;
			new Thread(() -> {
				List<Long> mine = new ArrayList<>();
				int i = client * 7919;
				while (System.nanoTime() < deadline) {
					Question question = questions.get(i % questions.size());
					long t0 = System.nanoTime();
					String answer = graphql(graphql, question.graphql().apply(i / questions.size()));
					mine.add(System.nanoTime() - t0);
					if (answer == null || answer.contains("\"errors\"")) {
						errors.incrementAndGet();
						if (firstError.compareAndSet(0, 1)) {
							System.out.println("load error (" + question.name() + "): " + answer);
						}
					}
					i++;
				}
				latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
				done.countDown();
			}).start();
		}
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("load: %d clients × %d s: %,d requests, %.1f requests/s, p50 %s ms, p99 %s ms, %d errors%n",
				clients, seconds, all.length, all.length / elapsed, ms(percentile(all, 50)), ms(percentile(all, 99)),
				errors.get());
		System.out.println("load average after the load test: " + loadAverage());
		row("load: " + clients + " clients × " + seconds + " s, mix of 6", "requests/s",
				String.format("%.1f", all.length / elapsed), "p50 / p99 ms",
				ms(percentile(all, 50)) + " / " + ms(percentile(all, 99)), "",
				all.length + " requests, " + errors.get() + " errors");
	}

	// ---------------------------------------------------------------- cold start

	/**
	 * {@code ./mvnw spring-boot:run} on a fresh data folder (so the seeds load), timed
	 * from the command to the first GraphQL answer that finds a seed organisation.
	 */
	private void coldStart() throws Exception {
		Path dir = fresh("cold-db");
		int port = freePort();
		String arguments = "--server.port=" + port + " --chanjiao.embedded.bolt-port=0 --chanjiao.embedded.data-dir="
				+ dir.toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder("./mvnw", "-B", "-q", "-o", "spring-boot:run",
				"-Dspring-boot.run.arguments=" + arguments)
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("cold-start.log").toFile());
		long started = System.nanoTime();
		Process process = builder.start();
		URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		double seconds = -1;
		try {
			while (System.nanoTime() - started < 120_000_000_000L && process.isAlive()) {
				// Ready: GraphQL answers and the seeds are in (any organisation at all).
				String answer = graphql(uri, body("{ organizations(first: 1) { totalCount } }", Map.of()));
				if (answer != null && answer.matches("(?s).*\"totalCount\"\\s*:\\s*[1-9].*")) {
					seconds = (System.nanoTime() - started) / 1e9;
					break;
				}
				Thread.sleep(200);
			}
		}
		finally {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			process.waitFor();
		}
		System.out.printf("cold start: %.1f s%n", seconds);
		row("cold start: ./mvnw spring-boot:run, fresh data, seeds", "s to first GraphQL answer",
				String.format("%.1f", seconds), "", "", "", "goal ≤ 30 s");
	}

	// ---------------------------------------------------------------- helpers

	private void row(String... cells) {
		this.table.add(cells);
	}

	private void printTable() {
		System.out.println();
		System.out.println("| measure | app | value | baseline | value | ratio | note |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
		for (String[] cells : this.table) {
			System.out.println("| " + String.join(" | ", cells) + " |");
		}
		System.out.println();
		System.out.println("scale " + this.scale + "; " + machine().replace('\n', ' '));
	}

	private static String machine() {
		String cpu = "?";
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			cpu = lines.filter((l) -> l.startsWith("model name"))
				.findFirst()
				.map((l) -> l.split(":", 2)[1].strip())
				.orElse("?");
		}
		catch (IOException ex) {
			// not Linux
		}
		String memory = "?";
		try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
			memory = lines.filter((l) -> l.startsWith("MemTotal"))
				.findFirst()
				.map((l) -> l.split(":", 2)[1].strip())
				.orElse("?");
		}
		catch (IOException ex) {
			// not Linux
		}
		return String.format(Locale.ROOT, "machine: %d cores (nproc), %s memory, %s; Java %s (%s); -Xmx %s",
				Runtime.getRuntime().availableProcessors(), memory, cpu, System.getProperty("java.version"),
				System.getProperty("java.vm.name"), mb(Runtime.getRuntime().maxMemory()));
	}

	/**
	 * Samples the heap every 100 ms: the largest heap in use, and the largest heap still
	 * in use right after a collection (the live data the application needs). The JVM's
	 * per-pool peaks are not added up because they happen at different moments.
	 */
	private static final class HeapSampler extends Thread {

		private volatile long peakUsed;

		private volatile long peakAfterCollection;

		HeapSampler() {
			super("heap-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			while (true) {
				this.peakUsed = Math.max(this.peakUsed,
						ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
				long afterCollection = ManagementFactory.getMemoryPoolMXBeans()
					.stream()
					.filter((p) -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
					.mapToLong((MemoryPoolMXBean p) -> p.getCollectionUsage().getUsed())
					.sum();
				this.peakAfterCollection = Math.max(this.peakAfterCollection, afterCollection);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

	private static String mb(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

	private static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
	}

	private Path fresh(String name) throws IOException {
		Path dir = this.work.resolve(name);
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		Files.createDirectories(dir);
		return dir;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
