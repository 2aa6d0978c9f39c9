package org.chanjiao.network.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.network.NetworkQueries;
import org.chanjiao.network.NetworkQueries.Subgraph;
import org.chanjiao.network.analysis.AnalysisProperties;
import org.chanjiao.network.analysis.Projection;
import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.OrgKind;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;

import org.springframework.stereotype.Component;

/**
 * Reads the part of the network to export: the whole graph, organisations of some kinds
 * and relationships of some types holding in a year, or the neighbourhood of one
 * organisation. Only accepted relationships are exported, and only those whose both ends
 * are.
 */
@Component
class ExportQueries {

	private final GraphStore store;

	private final NetworkQueries network;

	private final AnalysisProperties properties;

	ExportQueries(GraphStore store, NetworkQueries network, AnalysisProperties properties) {
		this.store = store;
		this.network = network;
		this.properties = properties;
	}

	/**
	 * @param around the centre of a neighbourhood, or null for the whole projection
	 * @param depth the neighbourhood's depth (with {@code around})
	 * @param maxNodes the largest neighbourhood
	 */
	Subgraph subgraph(Projection projection, String around, int depth, int maxNodes) {
		if (around != null) {
			Subgraph neighbourhood = this.network.neighborhood(around, depth, List.copyOf(projection.types()),
					maxNodes);
			List<Organization> nodes = neighbourhood.nodes()
				.stream()
				.filter((o) -> o.id().equals(around) || projection.kinds().contains(o.kind()))
				.toList();
			Set<String> ids = new java.util.HashSet<>();
			nodes.forEach((o) -> ids.add(o.id()));
			List<Relation> relations = neighbourhood.relations()
				.stream()
				.filter((r) -> ids.contains(r.from().id()) && ids.contains(r.to().id()))
				.filter((r) -> holds(r, projection.asOf()))
				.toList();
			return new Subgraph(nodes, relations);
		}
		int cap = this.properties.maxRelationships();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", projection.kinds().stream().map(Enum::name).toList());
		parameters.put("types", projection.types().stream().map(Enum::name).toList());
		parameters.put("asOf", projection.asOf());
		parameters.put("limit", cap + 1);
		return this.store.inRead((tx) -> {
			Map<String, Organization> byId = new HashMap<>();
			List<Organization> nodes = tx.run("""
					MATCH (o:Organization) WHERE o.kind IN $kinds
					RETURN o ORDER BY o.id LIMIT $limit
					""", parameters).list((r) -> GraphMapping.organization(r.get("o")));
			if (nodes.size() > cap) {
				throw tooLarge(cap, "organisations");
			}
			nodes.forEach((o) -> byId.put(o.id(), o));
			List<Relation> relations = new ArrayList<>(tx.run("""
					MATCH (a:Organization)-[r]->(b:Organization)
					WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds AND %s
					RETURN r, a.id AS a, b.id AS b
					LIMIT $limit
					""".formatted(Projection.holds("r")), parameters)
				.list((r) -> GraphMapping.relation(r.get("r"), byId.get(r.get("a").asString()),
						byId.get(r.get("b").asString()))));
			if (relations.size() > cap) {
				throw tooLarge(cap, "relationships");
			}
			relations.sort(Comparator.comparing((Relation r) -> r.from().id())
				.thenComparing((r) -> r.to().id())
				.thenComparing(Relation::type)
				.thenComparing(Relation::id, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new Subgraph(nodes, relations);
		}, this.properties.timeout());
	}

	private static boolean holds(Relation relation, Integer asOf) {
		return asOf == null || ((relation.since() == null || relation.since() <= asOf)
				&& (relation.until() == null || relation.until() >= asOf));
	}

	private static BadArgumentException tooLarge(int cap, String what) {
		return new BadArgumentException("types", "the export has more than " + cap + " " + what
				+ " (chanjiao.analysis.max-relationships); choose fewer kinds or types, an asOf year, or around + depth");
	}

	/** Parses {@code kinds}, naming every unknown one. */
	static List<OrgKind> kinds(List<String> names) {
		return parse(names, "kinds", OrgKind.class);
	}

	/** Parses {@code types}, naming every unknown one. */
	static List<RelationType> types(List<String> names) {
		return parse(names, "types", RelationType.class);
	}

	private static <E extends Enum<E>> List<E> parse(List<String> names, String argument, Class<E> type) {
		if (names == null) {
			return List.of();
		}
		List<E> values = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			String trimmed = name.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			EnumSet.allOf(type)
				.stream()
				.filter((e) -> e.name().equals(trimmed))
				.findFirst()
				.ifPresentOrElse(values::add, () -> unknown.add(trimmed));
		}
		if (!unknown.isEmpty()) {
			throw new BadArgumentException(argument,
					"unknown " + argument + " " + unknown + "; known " + argument + " are " + EnumSet.allOf(type));
		}
		return values;
	}

}
