package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.chanjiao.network.analysis.Centrality.Measure;
import org.chanjiao.store.GraphStore;

/**
 * Centralities and clusters computed by Neo4j Graph Data Science, used instead of JGraphT
 * when the connected database has GDS ({@link AnalysisEngine}).
 * <p>
 * <b>Not exercised here:</b> GDS is not on Maven Central, so neither the embedded Neo4j
 * nor the test suite has it, and no test runs this class. It is written against the GDS
 * 2.x procedure names (Cypher aggregation projection {@code gds.graph.project},
 * {@code gds.degree|betweenness|pageRank|closeness|labelPropagation.stream},
 * {@code gds.graph.drop}) and should be checked against a GDS server before it is relied
 * on. The projection is the same as JGraphT's: undirected, with the same filters and the
 * same relationship cap. Label propagation runs with concurrency 1 and the seed does not
 * apply (GDS's label propagation has none), so repeated runs agree but need not match
 * JGraphT's clusters.
 */
final class GdsAlgorithms {

	private final GraphStore store;

	private final AnalysisProperties properties;

	GdsAlgorithms(GraphStore store, AnalysisProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** Every organisation's score, by id. */
	Map<String, Double> scores(Projection projection, Measure measure) {
		String procedure = switch (measure) {
			case DEGREE -> "gds.degree.stream";
			case BETWEENNESS -> "gds.betweenness.stream";
			case PAGERANK -> "gds.pageRank.stream";
			case CLOSENESS -> "gds.closeness.stream";
		};
		String configuration = switch (measure) {
			case PAGERANK -> "{dampingFactor: 0.85}";
			case CLOSENESS -> "{useWassermanFaust: true}";
			default -> "{}";
		};
		// The procedure name comes from the enum above, never from input.
		return withProjection(projection, (name) -> {
			Map<String, Double> scores = new HashMap<>();
			this.store.inRead(
					(tx) -> tx
						.run("CALL " + procedure + "($name, " + configuration + ")"
								+ " YIELD nodeId, score RETURN gds.util.asNode(nodeId).id AS id, score",
								Map.of("name", name))
						.list((r) -> scores.put(r.get("id").asString(), r.get("score").asDouble())),
					this.properties.timeout());
			return scores;
		});
	}

	/** The clusters, each a list of ids. */
	List<List<String>> clusters(Projection projection) {
		return withProjection(projection, (name) -> {
			Map<Long, List<String>> byCommunity = new TreeMap<>();
			this.store.inRead((tx) -> tx.run("""
					CALL gds.labelPropagation.stream($name, {concurrency: 1})
					YIELD nodeId, communityId
					RETURN gds.util.asNode(nodeId).id AS id, communityId ORDER BY id
					""", Map.of("name", name))
				.list((r) -> byCommunity.computeIfAbsent(r.get("communityId").asLong(), (c) -> new ArrayList<>())
					.add(r.get("id").asString())), this.properties.timeout());
			return new ArrayList<>(byCommunity.values());
		});
	}

	private <T> T withProjection(Projection projection, java.util.function.Function<String, T> work) {
		Map<String, Object> parameters = projection.parameters();
		long relationships = this.store.inRead((tx) -> tx.run("""
				MATCH (a:Organization)-[r]->(b:Organization)
				WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds AND %s
				RETURN count(r) AS n
				""".formatted(Projection.holds("r")), parameters).single().get("n").asLong(),
				this.properties.timeout());
		if (relationships > this.properties.maxRelationships()) {
			throw AnalysisQueries.tooLarge(this.properties.maxRelationships());
		}
		String name = "chanjiao-" + UUID.randomUUID();
		parameters.put("name", name);
		this.store.inRead((tx) -> tx.run("""
				MATCH (a:Organization)-[r]->(b:Organization)
				WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds AND %s
				WITH gds.graph.project($name, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g
				RETURN g.graphName AS graph
				""".formatted(Projection.holds("r")), parameters).consume(), this.properties.timeout());
		try {
			return work.apply(name);
		}
		finally {
			this.store.inRead((tx) -> tx
				.run("CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName", Map.of("name", name))
				.consume());
		}
	}

}
