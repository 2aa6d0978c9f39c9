package org.chanjiao.network.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;

import org.springframework.stereotype.Component;

/**
 * Planners' questions, each one Cypher statement (plus a check that named organisations
 * exist) under {@code chanjiao.analysis.timeout}. Only accepted relationships that hold
 * in {@code asOf} (when given) count.
 */
@Component
public class PlannerQueries {

	private final GraphStore store;

	private final AnalysisProperties properties;

	PlannerQueries(GraphStore store, AnalysisProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/** An organisation related to both of two organisations, and how. */
	public record CommonPartner(Organization organization, List<RelationType> withA, List<RelationType> withB) {
	}

	/** Two schools and the organisations related to both. */
	public record SchoolPair(Organization a, Organization b, int sharedCount, List<Organization> shared) {
	}

	/** An enterprise tied to colleges of several schools. */
	public record SchoolSpan(Organization enterprise, int schoolCount, List<Organization> schools,
			List<Organization> colleges) {
	}

	/**
	 * Industry colleges without an accepted enterprise co-founder (in {@code asOf}), by
	 * name.
	 */
	public List<Organization> collegesWithoutEnterpriseCoFounder(Integer asOf, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("asOf", asOf);
		parameters.put("first", first);
		return this.store.inRead((tx) -> tx.run("""
				MATCH (c:College)
				WHERE NOT EXISTS { MATCH (:Enterprise)-[r:CO_FOUNDED]->(c) WHERE %s }
				RETURN c ORDER BY c.name, c.id LIMIT $first
				""".formatted(Projection.holds("r")), parameters).list((r) -> GraphMapping.organization(r.get("c"))),
				this.properties.timeout());
	}

	/**
	 * Organisations related (either direction, any of {@code types}) to both {@code a}
	 * and {@code b}, by name.
	 */
	public List<CommonPartner> commonPartners(String a, String b, List<RelationType> types, Integer asOf, int first) {
		if (a.equals(b)) {
			throw new BadArgumentException("b", "a and b are the same organisation ('" + a + "'); name two");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("a", a);
		parameters.put("b", b);
		parameters.put("types", typeNames(types));
		parameters.put("asOf", asOf);
		parameters.put("first", first);
		return this.store.inRead((tx) -> {
			AnalysisQueries.organization(tx, a, "a");
			AnalysisQueries.organization(tx, b, "b");
			return tx.run("""
					MATCH (x:Organization {id: $a})-[r1]-(p:Organization)-[r2]-(y:Organization {id: $b})
					WHERE type(r1) IN $types AND type(r2) IN $types AND %s AND %s
					WITH p, collect(DISTINCT type(r1)) AS withA, collect(DISTINCT type(r2)) AS withB
					RETURN p, withA, withB ORDER BY p.name, p.id LIMIT $first
					""".formatted(Projection.holds("r1"), Projection.holds("r2")), parameters)
				.list((r) -> new CommonPartner(GraphMapping.organization(r.get("p")),
						r.get("withA").asList((v) -> RelationType.valueOf(v.asString())).stream().sorted().toList(),
						r.get("withB").asList((v) -> RelationType.valueOf(v.asString())).stream().sorted().toList()));
		}, this.properties.timeout());
	}

	/**
	 * Pairs of schools ranked by how many organisations are related to both (either
	 * direction, any of {@code types}): most shared first.
	 */
	public List<SchoolPair> schoolPairsBySharedPartners(List<RelationType> types, Integer asOf, int minShared,
			int first, int firstShared) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", typeNames(types));
		parameters.put("asOf", asOf);
		parameters.put("min", minShared);
		parameters.put("first", first);
		parameters.put("firstShared", firstShared);
		return this.store.inRead((tx) -> tx.run("""
				MATCH (s1:School)-[r1]-(p:Organization)-[r2]-(s2:School)
				WHERE s1.id < s2.id AND type(r1) IN $types AND type(r2) IN $types AND %s AND %s
				WITH s1, s2, collect(DISTINCT p) AS shared
				WHERE size(shared) >= $min
				WITH s1, s2, shared, size(shared) AS n
				ORDER BY n DESC, s1.id, s2.id
				LIMIT $first
				RETURN s1, s2, n,
				  COLLECT { UNWIND shared AS p RETURN p ORDER BY p.name, p.id LIMIT $firstShared } AS shared
				""".formatted(Projection.holds("r1"), Projection.holds("r2")), parameters)
			.list((r) -> new SchoolPair(GraphMapping.organization(r.get("s1")), GraphMapping.organization(r.get("s2")),
					r.get("n").asInt(), r.get("shared").asList(GraphMapping::organization))),
				this.properties.timeout());
	}

	/**
	 * Enterprises that co-founded or partner with colleges belonging (PART_OF) to at
	 * least {@code minSchools} different schools; most schools first.
	 */
	public List<SchoolSpan> enterprisesSpanningSchools(int minSchools, Integer asOf, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("min", minSchools);
		parameters.put("asOf", asOf);
		parameters.put("first", first);
		return this.store.inRead((tx) -> tx.run("""
				MATCH (e:Enterprise)-[r:CO_FOUNDED|PARTNERS_WITH]-(c:College)-[h:PART_OF]->(s:School)
				WHERE %s AND %s
				WITH e, collect(DISTINCT s) AS schools, collect(DISTINCT c) AS colleges
				WHERE size(schools) >= $min
				WITH e, schools, colleges, size(schools) AS n
				ORDER BY n DESC, size(colleges) DESC, e.name, e.id
				LIMIT $first
				RETURN e, n,
				  COLLECT { UNWIND schools AS s RETURN s ORDER BY s.name, s.id } AS schools,
				  COLLECT { UNWIND colleges AS c RETURN c ORDER BY c.name, c.id } AS colleges
				""".formatted(Projection.holds("r"), Projection.holds("h")), parameters)
			.list((r) -> new SchoolSpan(GraphMapping.organization(r.get("e")), r.get("n").asInt(),
					r.get("schools").asList(GraphMapping::organization),
					r.get("colleges").asList(GraphMapping::organization))),
				this.properties.timeout());
	}

	private static List<String> typeNames(List<RelationType> types) {
		return ((types == null || types.isEmpty()) ? EnumSet.allOf(RelationType.class) : EnumSet.copyOf(types)).stream()
			.map(Enum::name)
			.toList();
	}

}
