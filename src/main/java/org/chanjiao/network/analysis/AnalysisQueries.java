package org.chanjiao.network.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.network.analysis.Brokerage.StructuralHoles;
import org.chanjiao.network.analysis.Centrality.Measure;
import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.NotFoundException;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * The network analyses: each loads its projection in one read statement (capped at
 * {@code chanjiao.analysis.max-relationships}, under {@code chanjiao.analysis.timeout}),
 * computes in memory (JGraphT, or GDS where the database has it, see
 * {@link AnalysisEngine}) under the same timeout, then reads the organisations it answers
 * with in one more statement.
 */
@Component
public class AnalysisQueries {

	private final GraphStore store;

	private final AnalysisProperties properties;

	private final AnalysisEngine engine;

	private final AnalysisRunner runner;

	private final GdsAlgorithms gds;

	AnalysisQueries(GraphStore store, AnalysisProperties properties, AnalysisEngine engine, AnalysisRunner runner) {
		this.store = store;
		this.properties = properties;
		this.engine = engine;
		this.runner = runner;
		this.gds = new GdsAlgorithms(store, properties);
	}

	/** The size of a projection. */
	public record Size(int organizations, Integer ties, Integer relationships) {

		static Size of(ProjectedGraph graph) {
			return new Size(graph.nodeCount(), graph.edgeCount(), graph.relationships());
		}

	}

	public record CentralityScore(int rank, Organization organization, double score) {
	}

	public record CentralityResult(Measure measure, String engine, Size size, List<CentralityScore> scores) {
	}

	public record Cluster(int index, int size, List<Organization> members) {
	}

	public record ClusterResult(String engine, long seed, Size size, int clusterCount, List<Cluster> clusters) {
	}

	public record ArticulationPointResult(Organization organization, int pieces, long separatedPairs,
			boolean separatesSchoolsFromEnterprises) {
	}

	public record StructuralHolesResult(Organization organization, int degree, Double constraint, double effectiveSize,
			Double efficiency, boolean articulationPoint) {
	}

	public record BrokerageResult(Size size, List<ArticulationPointResult> articulationPoints,
			List<StructuralHolesResult> structuralHoles) {
	}

	public String engine() {
		return this.engine.name();
	}

	public CentralityResult centrality(Projection projection, Measure measure, int first) {
		if (this.engine.isGds()) {
			Map<String, Double> scores = this.gds.scores(projection, measure);
			List<Centrality.Score> top = Centrality.top(scores, first);
			return new CentralityResult(measure, AnalysisEngine.GDS, new Size(scores.size(), null, null),
					scored(top, organizations(top.stream().map(Centrality.Score::id).toList())));
		}
		ProjectedGraph graph = load(projection);
		int vertices = graph.graph().vertexSet().size();
		if ((measure == Measure.BETWEENNESS || measure == Measure.CLOSENESS)
				&& vertices > this.properties.maxPathMeasureNodes()) {
			// Brandes' algorithm costs nodes × ties and cannot be interrupted once
			// started.
			throw new BadArgumentException("measure",
					measure + " over " + vertices + " organisations would run for hours; the limit is "
							+ AnalysisProperties.MAX_PATH_MEASURE_NODES + " = " + this.properties.maxPathMeasureNodes()
							+ " — narrow the projection (kinds, types, asOf) or use DEGREE or PAGERANK");
		}
		List<Centrality.Score> top = this.runner.run("Computing " + measure.name().toLowerCase() + " centrality",
				() -> Centrality.top(Centrality.scores(graph.graph(), measure), first));
		return new CentralityResult(measure, AnalysisEngine.JGRAPHT, Size.of(graph),
				scored(top, organizations(top.stream().map(Centrality.Score::id).toList())));
	}

	private static List<CentralityScore> scored(List<Centrality.Score> top, Map<String, Organization> organizations) {
		return top.stream()
			.map((s) -> new CentralityScore(s.rank(), organizations.get(s.id()), s.score()))
			.filter((s) -> s.organization() != null)
			.toList();
	}

	public ClusterResult clusters(Projection projection, long seed, int minSize, int first, int firstMembers) {
		List<List<String>> all;
		Size size;
		String engineName;
		if (this.engine.isGds()) {
			all = this.gds.clusters(projection);
			all.sort(java.util.Comparator.<List<String>>comparingInt(List::size)
				.reversed()
				.thenComparing((c) -> c.get(0)));
			size = new Size(all.stream().mapToInt(List::size).sum(), null, null);
			engineName = AnalysisEngine.GDS;
		}
		else {
			ProjectedGraph graph = load(projection);
			all = this.runner.run("Finding clusters", () -> Clusters.of(graph.graph(), seed));
			size = Size.of(graph);
			engineName = AnalysisEngine.JGRAPHT;
		}
		List<List<String>> kept = all.stream().filter((c) -> c.size() >= minSize).toList();
		List<List<String>> shown = kept.subList(0, Math.min(first, kept.size()));
		Map<String, Organization> organizations = organizations(
				shown.stream().flatMap((c) -> c.stream().limit(firstMembers)).toList());
		List<Cluster> clusters = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			List<String> members = shown.get(i);
			clusters.add(new Cluster(i + 1, members.size(),
					members.stream().limit(firstMembers).map(organizations::get).toList()));
		}
		return new ClusterResult(engineName, seed, size, kept.size(), clusters);
	}

	/**
	 * Articulation points and Burt's measures.
	 * @param ids organisations whose measures to answer; null or empty for the
	 * {@code first} least constrained (the strongest brokers)
	 */
	public BrokerageResult brokerage(Projection projection, List<String> ids, int first) {
		if (ids != null && !ids.isEmpty()) {
			Map<String, Organization> known = organizations(ids);
			for (String id : ids) {
				if (!known.containsKey(id)) {
					throw NotFoundException.organization("organizations", id);
				}
			}
		}
		ProjectedGraph graph = load(projection);
		record Computed(List<Brokerage.ArticulationPoint> points, Set<String> cutpoints, List<StructuralHoles> holes) {
		}
		Computed computed = this.runner.run("Computing brokerage", () -> {
			List<Brokerage.ArticulationPoint> points = Brokerage.articulationPoints(graph.graph(), graph::kind);
			Map<String, StructuralHoles> holes = Brokerage.structuralHoles(graph.graph());
			List<StructuralHoles> chosen;
			if (ids != null && !ids.isEmpty()) {
				chosen = ids.stream()
					.distinct()
					.map((id) -> holes.getOrDefault(id, new StructuralHoles(id, 0, null, 0)))
					.toList();
			}
			else {
				chosen = holes.values()
					.stream()
					.filter((h) -> h.constraint() != null)
					.sorted(java.util.Comparator.comparingDouble(StructuralHoles::constraint)
						.thenComparing(java.util.Comparator.comparingInt(StructuralHoles::degree).reversed())
						.thenComparing(StructuralHoles::id))
					.limit(first)
					.toList();
			}
			Set<String> cutpoints = new java.util.HashSet<>();
			points.forEach((p) -> cutpoints.add(p.id()));
			return new Computed(points.stream().limit(first).toList(), cutpoints, chosen);
		});
		Set<String> wanted = new LinkedHashSet<>();
		computed.points().forEach((p) -> wanted.add(p.id()));
		computed.holes().forEach((h) -> wanted.add(h.id()));
		Map<String, Organization> organizations = organizations(wanted);
		return new BrokerageResult(Size.of(graph),
				computed.points()
					.stream()
					.map((p) -> new ArticulationPointResult(organizations.get(p.id()), p.pieces(), p.separatedPairs(),
							p.separatesSchoolsFromEnterprises()))
					.toList(),
				computed.holes()
					.stream()
					.map((h) -> new StructuralHolesResult(organizations.get(h.id()), h.degree(), h.constraint(),
							h.effectiveSize(), h.efficiency(), computed.cutpoints().contains(h.id())))
					.toList());
	}

	/** Loads a projection in one statement, refusing one over the cap. */
	ProjectedGraph load(Projection projection) {
		Map<String, Object> parameters = projection.parameters();
		parameters.put("limit", this.properties.maxRelationships() + 1);
		ProjectedGraph.Builder builder = ProjectedGraph.builder();
		int rows = this.store.inRead((tx) -> {
			int[] count = { 0 };
			tx.run("""
					MATCH (a:Organization)-[r]->(b:Organization)
					WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds AND %s
					RETURN a.id AS a, a.kind AS ak, b.id AS b, b.kind AS bk
					LIMIT $limit
					""".formatted(Projection.holds("r")), parameters).forEachRemaining((r) -> {
				count[0]++;
				builder.tie(r.get("a").asString(), OrgKind.parse(r.get("ak").asString()).orElse(null),
						r.get("b").asString(), OrgKind.parse(r.get("bk").asString()).orElse(null));
			});
			return count[0];
		}, this.properties.timeout());
		if (rows > this.properties.maxRelationships()) {
			throw tooLarge(this.properties.maxRelationships());
		}
		return builder.build();
	}

	static BadArgumentException tooLarge(int cap) {
		return new BadArgumentException("types", "the projection has more than " + cap + " relationships ("
				+ AnalysisProperties.MAX_RELATIONSHIPS + "); choose fewer kinds or types, or an asOf year");
	}

	/** The organisations with these ids, in one statement; unknown ids are left out. */
	Map<String, Organization> organizations(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, Organization> byId = new HashMap<>();
		this.store
			.read("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o", Map.of("ids", List.copyOf(ids)),
					(r) -> GraphMapping.organization(r.get("o")))
			.forEach((o) -> byId.put(o.id(), o));
		return byId;
	}

	static Organization organization(TransactionContext tx, String id, String argument) {
		List<Organization> found = tx.run("MATCH (o:Organization {id: $id}) RETURN o", Map.of("id", id))
			.list((r) -> GraphMapping.organization(r.get("o")));
		if (found.isEmpty()) {
			throw NotFoundException.organization(argument, id);
		}
		return found.get(0);
	}

}
