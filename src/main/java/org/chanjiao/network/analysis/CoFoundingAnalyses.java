package org.chanjiao.network.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.network.analysis.CoFounding.Founding;
import org.chanjiao.network.analysis.TripleHelix.Observation;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;

import org.springframework.stereotype.Component;

/**
 * The co-founding statistics, read in Cypher rather than on a projected graph: pairs of
 * organisations that co-found platforms together, and the triple helix's mutual
 * information over the platforms' founder sectors.
 */
@Component
public class CoFoundingAnalyses {

	public record CoFoundingPair(Organization a, Organization b, int weight, List<Organization> platforms) {
	}

	public record TripleHelixResult(int platforms, double t, double hG, double hS, double hE, double hGS, double hGE,
			double hSE, double hGSE) {
	}

	static final List<String> PLATFORM_KINDS = Arrays.stream(OrgKind.values())
		.filter(OrgKind::isPlatform)
		.map(Enum::name)
		.toList();

	private final GraphStore store;

	private final AnalysisProperties properties;

	private final AnalysisRunner runner;

	private final AnalysisQueries analyses;

	CoFoundingAnalyses(GraphStore store, AnalysisProperties properties, AnalysisRunner runner,
			AnalysisQueries analyses) {
		this.store = store;
		this.properties = properties;
		this.runner = runner;
		this.analyses = analyses;
	}

	/**
	 * Founder pairs of the co-founding projection, heaviest first.
	 * @param platform only pairs that co-founded this platform (weights still count all
	 * platforms), or null
	 */
	public List<CoFoundingPair> coFoundingPairs(boolean leadOnly, Integer asOf, String platform, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("platformKinds", PLATFORM_KINDS);
		parameters.put("limit", this.properties.maxRelationships() + 1);
		List<Founding> foundings = this.store.inRead((tx) -> {
			if (platform != null) {
				AnalysisQueries.organization(tx, platform, "platform");
			}
			return tx.run("""
					MATCH (f:Organization)-[r:CO_FOUNDED]->(p:Organization)
					WHERE p.kind IN $platformKinds AND %s
					RETURN f.id AS f, p.id AS p, r.role AS role
					LIMIT $limit
					""".formatted(Projection.holds("r")), parameters)
				.list((r) -> new Founding(r.get("f").asString(), r.get("p").asString(),
						r.get("role").isNull() ? null : r.get("role").asString()));
		}, this.properties.timeout());
		if (foundings.size() > this.properties.maxRelationships()) {
			throw AnalysisQueries.tooLarge(this.properties.maxRelationships());
		}
		List<CoFounding.Pair> pairs = this.runner.run("Projecting co-foundings",
				() -> CoFounding.pairs(foundings, leadOnly)
					.stream()
					.filter((p) -> platform == null || p.platforms().contains(platform))
					.limit(first)
					.toList());
		Set<String> ids = new LinkedHashSet<>();
		pairs.forEach((p) -> {
			ids.add(p.a());
			ids.add(p.b());
			ids.addAll(p.platforms());
		});
		Map<String, Organization> organizations = this.analyses.organizations(ids);
		return pairs.stream()
			.map((p) -> new CoFoundingPair(organizations.get(p.a()), organizations.get(p.b()), p.weight(),
					p.platforms().stream().map(organizations::get).toList()))
			.toList();
	}

	/**
	 * The triple-helix indicator over platforms with at least one co-founder.
	 * @param platformKinds the platform kinds (null or empty for all four)
	 * @param region only platforms whose region, or whose host school's region, contains
	 * this text (e.g. 广东省 or 广州)
	 */
	public TripleHelixResult tripleHelix(List<OrgKind> platformKinds, String region, Integer asOf) {
		List<String> kinds = (platformKinds == null || platformKinds.isEmpty()) ? PLATFORM_KINDS
				: platformKinds.stream().map(Enum::name).toList();
		for (OrgKind kind : (platformKinds != null) ? platformKinds : List.<OrgKind>of()) {
			if (!kind.isPlatform()) {
				throw new BadArgumentException("platformKinds",
						kind + " is not a platform kind; platforms are " + PLATFORM_KINDS);
			}
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", kinds);
		parameters.put("region", (region == null || region.isBlank()) ? null : region.strip());
		parameters.put("asOf", asOf);
		parameters.put("limit", this.properties.maxRelationships() + 1);
		List<Observation> observations = this.store.inRead((tx) -> tx.run("""
				MATCH (p:Organization)
				WHERE p.kind IN $kinds
				  AND ($region IS NULL OR coalesce(p.region, head(COLLECT {
				        MATCH (p)-[:PART_OF]->(s:School) RETURN s.region ORDER BY s.id
				      }), '') CONTAINS $region)
				MATCH (f:Organization)-[r:CO_FOUNDED]->(p)
				WHERE %s
				WITH p, collect(DISTINCT f.kind) AS kinds
				RETURN 'GOVERNMENT' IN kinds AS g, 'SCHOOL' IN kinds AS s, 'ENTERPRISE' IN kinds AS e
				LIMIT $limit
				""".formatted(Projection.holds("r")), parameters)
			.list((r) -> new Observation(r.get("g").asBoolean(), r.get("s").asBoolean(), r.get("e").asBoolean())),
				this.properties.timeout());
		if (observations.size() > this.properties.maxRelationships()) {
			throw AnalysisQueries.tooLarge(this.properties.maxRelationships());
		}
		TripleHelix.Result result = TripleHelix.of(observations);
		return new TripleHelixResult(result.observations(), result.t(), result.hG(), result.hS(), result.hE(),
				result.hGS(), result.hGE(), result.hSE(), result.hGSE());
	}

}
