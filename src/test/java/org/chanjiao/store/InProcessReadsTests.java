package org.chanjiao.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.chanjiao.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * In-process reads answer exactly what the driver answers over Bolt: the same statements
 * through both ways give the same records (nodes with ids, labels and properties,
 * relationships with their ends, paths, maps, lists, property arrays, temporal values,
 * nulls), the same exception classes and status codes, and a write is refused in a read.
 */
@IntegrationTest
class InProcessReadsTests {

	@Autowired
	GraphStore store;

	@Autowired
	Driver driver;

	@Autowired
	ObjectProvider<EmbeddedNeo4j> embedded;

	@Autowired
	StoreProperties properties;

	GraphStore overBolt;

	@BeforeEach
	void bothWays() {
		assertThat(this.store.readsInProcess()).as("the application's reads are in-process").isTrue();
		StoreProperties bolt = new StoreProperties(this.properties.database(), this.properties.readTimeout(),
				this.properties.writeTimeout(), false, 8, Duration.ofSeconds(30));
		this.overBolt = new GraphStore(this.driver, bolt, this.embedded);
		assertThat(this.overBolt.readsInProcess()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// nodes with labels and every kind of property the seeds hold (arrays
			// included)
			"MATCH (o:Organization) RETURN o ORDER BY o.id LIMIT 25",
			// relationships, their ends, their properties (evidence arrays)
			"MATCH (a:Organization)-[r]->(b:Organization) RETURN r, a, b ORDER BY r.id LIMIT 25",
			// a path, and its nodes and relationships as lists
			"MATCH p = (:Organization {id: 'gdep'})-[*1..2]-(:Organization) "
					+ "RETURN p, nodes(p) AS ns, relationships(p) AS rs ORDER BY [n IN nodes(p) | n.id] LIMIT 10",
			// maps, nested lists, nulls, numbers, booleans, temporal values, strings
			"RETURN {a: 1, b: [1, 2.5, 'x', null, true], c: {d: date('2024-02-29')}} AS m, null AS n, "
					+ "datetime('2024-01-02T03:04:05Z') AS t, duration('P1Y2M3DT4H5M6.007S') AS d, "
					+ "point({x: 1.5, y: -2}) AS p, point({longitude: 113.3, latitude: 23.1, height: 5}) AS g, "
					+ "-9007199254740993 AS big, localtime('12:00') AS lt, time('12:00+08:00') AS tt",
			// a collected projection as the application's one-statement queries return it
			"MATCH (o:Organization {id: 'gdep'}) RETURN o, COLLECT { MATCH (o)-[r]-(x) "
					+ "RETURN [r, startNode(r), endNode(r)] ORDER BY r.id } AS rels",
			// no rows at all
			"MATCH (o:Organization {id: 'no-such-id'}) RETURN o" })
	void shouldAnswerWhatTheDriverAnswers(String cypher) {
		List<Object> inProcess = this.store.read(cypher, Map.of(), InProcessReadsTests::plain);
		List<Object> bolt = this.overBolt.read(cypher, Map.of(), InProcessReadsTests::plain);
		assertThat(inProcess).isEqualTo(bolt);
		if (!cypher.contains("no-such-id")) {
			assertThat(inProcess).isNotEmpty();
		}
	}

	@Test
	void shouldTakeTheDriversParameterTypes() {
		Map<String, Object> parameters = Map.of("ids", List.of("gdep", "kylin-software"), "n", 3, "f", 1.5f, "arr",
				new String[] { "x", "y" }, "nested", Map.of("k", List.of(1, 2)));
		String cypher = "UNWIND $ids AS id MATCH (o:Organization {id: id}) "
				+ "RETURN o.id AS id, $n + 1 AS n, $f AS f, $arr AS arr, $nested AS nested ORDER BY id";
		List<Object> inProcess = this.store.read(cypher, parameters, InProcessReadsTests::plain);
		assertThat(inProcess).isEqualTo(this.overBolt.read(cypher, parameters, InProcessReadsTests::plain)).hasSize(2);
	}

	@Test
	void shouldFailAsTheDriverFails() {
		Neo4jException inProcess = failure(this.store, "MATCH (o:Organization RETURN o");
		Neo4jException bolt = failure(this.overBolt, "MATCH (o:Organization RETURN o");
		assertThat(inProcess).isInstanceOf(ClientException.class);
		assertThat(inProcess.getClass()).isEqualTo(bolt.getClass());
		assertThat(inProcess.code()).isEqualTo(bolt.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError");

		Neo4jException divide = failure(this.store, "RETURN 1 / 0 AS x");
		assertThat(divide.code()).isEqualTo(failure(this.overBolt, "RETURN 1 / 0 AS x").code());

		assertThatExceptionOfType(NoSuchRecordException.class).isThrownBy(
				() -> this.store.inRead((tx) -> tx.run("MATCH (o:Organization {id: 'no-such-id'}) RETURN o").single()));
		assertThatExceptionOfType(NoSuchRecordException.class)
			.isThrownBy(() -> this.store.inRead((tx) -> tx.run("UNWIND [1, 2] AS x RETURN x").single()));
	}

	@Test
	void shouldRefuseAWriteInAReadAndWriteNothing() {
		String write = "CREATE (:InProcessReadsProbe {at: 1}) RETURN 1";
		Neo4jException inProcess = failure(this.store, write);
		assertThat(inProcess).isInstanceOf(ClientException.class);
		assertThat(inProcess.code()).startsWith("Neo.ClientError.");
		assertThat(this.store.read("MATCH (n:InProcessReadsProbe) RETURN count(n) AS n", Map.of(),
				(r) -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	@Test
	void shouldStreamRowsAndKeepSeveralResultsOpenInOneTransaction() {
		List<Long> read = this.store.inRead((tx) -> {
			var big = tx.run("UNWIND range(1, 5000) AS x RETURN x");
			var small = tx.run("UNWIND [10, 20] AS y RETURN y");
			List<Long> values = new ArrayList<>();
			values.add(big.peek().get("x").asLong());
			values.add(big.next().get("x").asLong());
			values.add(small.next().get("y").asLong());
			values.add(big.next().get("x").asLong());
			values.add((long) big.list().size());
			values.add(small.single().get("y").asLong());
			values.add(big.hasNext() ? 1L : 0L);
			return values;
		});
		assertThat(read).containsExactly(1L, 1L, 10L, 2L, 4998L, 20L, 0L);
		// A result left unread is closed with its transaction.
		Integer seven = this.store.inRead((tx) -> {
			tx.run("UNWIND range(1, 100000) AS x RETURN x").next();
			return tx.run("RETURN 7 AS n").single().get("n").asInt();
		});
		assertThat(seven).isEqualTo(7);
	}

	@Test
	void shouldFailWhileRowsAreReadAsTheDriverFails() {
		String cypher = "UNWIND [1, 2, 0] AS x RETURN 10 / x AS y";
		Neo4jException inProcess = failure(this.store, cypher);
		Neo4jException bolt = failure(this.overBolt, cypher);
		assertThat(inProcess.getClass()).isEqualTo(bolt.getClass());
		assertThat(inProcess.code()).isEqualTo(bolt.code()).isEqualTo("Neo.ClientError.Statement.ArithmeticError");
	}

	@Test
	void shouldLetAtMostTheConfiguredNumberOfReadsRunAndAnswerTheNextAsBusy() throws Exception {
		StoreProperties two = new StoreProperties(this.properties.database(), this.properties.readTimeout(),
				this.properties.writeTimeout(), true, 2, Duration.ofMillis(300));
		GraphStore limited = new GraphStore(this.driver, two, this.embedded);
		CountDownLatch inside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> holding = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				holding.add(threads.submit(() -> limited.inRead((tx) -> {
					long n = tx.run("RETURN 1 AS n").single().get("n").asLong();
					inside.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return n;
				})));
			}
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			assertThatExceptionOfType(TransientException.class)
				.isThrownBy(() -> limited.read("RETURN 1 AS n", Map.of(), (r) -> r.get("n").asLong()))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("Chanjiao.TransientError.Store.ReadsBusy"))
				.withMessageContaining("chanjiao.store.max-concurrent-reads");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
			release.countDown();
			for (Future<Long> read : holding) {
				assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
			}
			// The permits came back: reads run again.
			assertThat(limited.read("RETURN 2 AS n", Map.of(), (r) -> r.get("n").asLong())).containsExactly(2L);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	@Test
	void shouldNotTakeASecondPermitForAReadWithinARead() {
		StoreProperties one = new StoreProperties(this.properties.database(), this.properties.readTimeout(),
				this.properties.writeTimeout(), true, 1, Duration.ofMillis(200));
		GraphStore limited = new GraphStore(this.driver, one, this.embedded);
		Long inner = limited.inRead((tx) -> limited.read("RETURN 3 AS n", Map.of(), (r) -> r.get("n").asLong()).get(0));
		assertThat(inner).isEqualTo(3L);
		assertThat(limited.read("RETURN 4 AS n", Map.of(), (r) -> r.get("n").asLong())).containsExactly(4L);
	}

	@Test
	void shouldKeepTheCallbacksOwnExceptions() {
		IllegalArgumentException own = new IllegalArgumentException("the callback's own");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.store.inRead((tx) -> {
			tx.run("RETURN 1").list();
			throw own;
		})).isSameAs(own);
	}

	private static Neo4jException failure(GraphStore store, String cypher) {
		try {
			store.inRead((tx) -> tx.run(cypher).list(), Duration.ofSeconds(5));
		}
		catch (Neo4jException ex) {
			return ex;
		}
		throw new AssertionError("expected a failure from " + cypher);
	}

	/** A record as plain Java, entities with everything the driver gives of them. */
	private static Object plain(Record record) {
		Map<String, Object> fields = new LinkedHashMap<>();
		record.keys().forEach((k) -> fields.put(k, plain(record.get(k))));
		return fields;
	}

	@SuppressWarnings("deprecation")
	private static Object plain(Value value) {
		if (value.isNull()) {
			return "null";
		}
		String type = value.type().name();
		switch (type) {
			case "NODE" -> {
				Node node = value.asNode();
				return List.of("node", node.id(), node.elementId(), sorted(node.labels()),
						plainMap(node.asMap(Value::asObject)));
			}
			case "RELATIONSHIP" -> {
				Relationship r = value.asRelationship();
				return List.of("rel", r.id(), r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(),
						r.startNodeId(), r.endNodeId(), plainMap(r.asMap(Value::asObject)));
			}
			case "PATH" -> {
				Path path = value.asPath();
				List<Object> parts = new ArrayList<>();
				path.nodes().forEach((n) -> parts.add(n.elementId()));
				path.relationships().forEach((r) -> parts.add(r.elementId()));
				return List.of("path", path.length(), parts);
			}
			case "LIST" -> {
				List<Object> items = new ArrayList<>();
				value.values().forEach((v) -> items.add(plain(v)));
				return items;
			}
			case "MAP" -> {
				Map<String, Object> map = new TreeMap<>();
				value.keys().forEach((k) -> map.put(k, plain(value.get(k))));
				return map;
			}
			default -> {
				return type + ":" + value.asObject();
			}
		}
	}

	private static Map<String, Object> plainMap(Map<String, Object> map) {
		return new TreeMap<>(map);
	}

	private static List<String> sorted(Iterable<String> labels) {
		List<String> list = new ArrayList<>();
		labels.forEach(list::add);
		list.sort(null);
		return list;
	}

}
