package org.chanjiao.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.NotFoundException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The network questions: neighbourhoods, shortest paths and enterprises that span several
 * colleges. Only accepted facts (status ASSERTED) count. Each question runs in one read
 * transaction with a bounded number of statements.
 */
@Component
public class NetworkQueries {

	private final GraphStore store;

	NetworkQueries(GraphStore store) {
		this.store = store;
	}

	/** Organisations and the relationships among them. */
	public record Subgraph(List<Organization> nodes, List<Relation> relations) {
	}

	/** A chain of relationships between two organisations. */
	public record Path(List<Organization> nodes, List<Relation> relations, int length) {
	}

	/** An enterprise and the industry colleges it co-founded or partners with. */
	public record CollegeSpan(Organization enterprise, List<Organization> colleges, int collegeCount,
			List<Organization> schools) {
	}

	/**
	 * The organisations within {@code depth} hops of {@code id} (both directions), and
	 * all relationships among them. A breadth-first search of one statement per hop, each
	 * expanding the whole frontier, then one statement for the nodes and relationships:
	 * at most {@code depth + 2} statements, however large the neighbourhood.
	 * @throws NotFoundException when no organisation has the id
	 * @throws BadArgumentException when the neighbourhood exceeds {@code maxNodes}
	 */
	public Subgraph neighborhood(String id, int depth, List<RelationType> types, int maxNodes) {
		List<String> typeNames = ((types == null || types.isEmpty()) ? List.of(RelationType.values()) : types).stream()
			.map(Enum::name)
			.toList();
		return this.store.inRead((tx) -> {
			Organization center = organization(tx, id, "id");
			Set<String> visited = new LinkedHashSet<>(List.of(id));
			List<String> frontier = List.of(id);
			for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
				List<String> reached = tx.run("""
						UNWIND $ids AS id
						MATCH (:Organization {id: id})-[r]-(b:Organization)
						WHERE type(r) IN $types AND r.status = 'ASSERTED'
						RETURN DISTINCT b.id AS id
						""", Map.of("ids", frontier, "types", typeNames)).list((r) -> r.get("id").asString());
				List<String> next = new ArrayList<>();
				for (String found : reached) {
					if (visited.add(found)) {
						next.add(found);
					}
				}
				if (visited.size() > maxNodes) {
					throw new BadArgumentException("depth", "the neighbourhood of '" + id + "' at depth " + depth
							+ " has more than " + maxNodes
							+ " organisations (chanjiao.limits.max-neighborhood-nodes); ask for a smaller depth or fewer types");
				}
				frontier = next;
			}
			List<String> ids = List.copyOf(visited);
			Map<String, Organization> byId = new HashMap<>();
			tx.run("UNWIND $ids AS id MATCH (o:Organization {id: id}) RETURN o", Map.of("ids", ids))
				.list((r) -> GraphMapping.organization(r.get("o")))
				.forEach((o) -> byId.put(o.id(), o));
			List<Relation> relations = tx.run("""
					UNWIND $ids AS id
					MATCH (a:Organization {id: id})-[r]->(b:Organization)
					WHERE b.id IN $ids AND type(r) IN $types AND r.status = 'ASSERTED'
					RETURN r, a.id AS fromId, b.id AS toId
					ORDER BY type(r), a.name, b.name, r.id
					""", Map.of("ids", ids, "types", typeNames))
				.list((r) -> GraphMapping.relation(r.get("r"), byId.get(r.get("fromId").asString()),
						byId.get(r.get("toId").asString())));
			List<Organization> nodes = new ArrayList<>();
			nodes.add(center);
			byId.values()
				.stream()
				.filter((o) -> !o.id().equals(id))
				.sorted(Comparator.comparing(Organization::name).thenComparing(Organization::id))
				.forEach(nodes::add);
			return new Subgraph(nodes, relations);
		});
	}

	/**
	 * A shortest path of accepted relationships, in either direction, of at most
	 * {@code maxHops}; null when there is none.
	 * @throws NotFoundException when either id is unknown
	 */
	public Path shortestPath(String from, String to, int maxHops) {
		return this.store.inRead((tx) -> {
			Organization start = organization(tx, from, "from");
			Organization end = organization(tx, to, "to");
			if (from.equals(to)) {
				return new Path(List.of(start), List.of(), 0);
			}
			// maxHops is a validated int (1..limit); a variable-length bound cannot be a
			// parameter.
			List<Path> paths = tx.run("""
					MATCH (a:Organization {id: $from}), (b:Organization {id: $to})
					MATCH p = shortestPath((a)-[:%s*..%d]-(b))
					WHERE all(r IN relationships(p) WHERE r.status = 'ASSERTED')
					RETURN nodes(p) AS nodes, relationships(p) AS relations
					""".formatted(RelationType.pattern(), maxHops), Map.of("from", from, "to", to)).list((r) -> {
				Map<String, Organization> byElementId = new HashMap<>();
				List<Organization> nodes = new ArrayList<>();
				for (Value node : r.get("nodes").values()) {
					Organization organization = GraphMapping.organization(node);
					byElementId.put(node.asNode().elementId(), organization);
					nodes.add(organization);
				}
				List<Relation> relations = new ArrayList<>();
				for (Value relationship : r.get("relations").values()) {
					relations.add(GraphMapping.relation(relationship,
							byElementId.get(relationship.asRelationship().startNodeElementId()),
							byElementId.get(relationship.asRelationship().endNodeElementId())));
				}
				return new Path(nodes, relations, relations.size());
			});
			return paths.isEmpty() ? null : paths.get(0);
		});
	}

	/**
	 * Enterprises with an accepted CO_FOUNDED or PARTNERS_WITH relationship (either
	 * direction) to at least {@code minColleges} colleges, most colleges first, with the
	 * schools those colleges are PART_OF. An enterprise with fewer such relationships of
	 * any status to anything than {@code minColleges} cannot qualify; that count is the
	 * node's stored degree, so most enterprises are skipped without expanding them.
	 */
	public List<CollegeSpan> enterprisesSpanningColleges(int minColleges, int first) {
		return this.store.read("""
				MATCH (e:Enterprise)
				WHERE COUNT { (e)-[:CO_FOUNDED|PARTNERS_WITH]-() } >= $min
				MATCH (e)-[r:CO_FOUNDED|PARTNERS_WITH]-(c:College)
				WHERE r.status = 'ASSERTED'
				WITH e, collect(DISTINCT c) AS colleges
				WHERE size(colleges) >= $min
				WITH e, colleges, size(colleges) AS n
				ORDER BY n DESC, e.name, e.id
				LIMIT $first
				RETURN e, n,
				  COLLECT { UNWIND colleges AS c RETURN c ORDER BY c.name, c.id } AS colleges,
				  COLLECT {
				    UNWIND colleges AS c
				    MATCH (c)-[p:PART_OF]->(s:School) WHERE p.status = 'ASSERTED'
				    WITH DISTINCT s RETURN s ORDER BY s.name, s.id
				  } AS schools
				""", Map.of("min", minColleges, "first", first),
				(r) -> new CollegeSpan(GraphMapping.organization(r.get("e")),
						r.get("colleges").asList(GraphMapping::organization), r.get("n").asInt(),
						r.get("schools").asList(GraphMapping::organization)));
	}

	private static Organization organization(TransactionContext tx, String id, String argument) {
		List<Organization> found = tx.run("MATCH (o:Organization {id: $id}) RETURN o", Map.of("id", id))
			.list((r) -> GraphMapping.organization(r.get("o")));
		if (found.isEmpty()) {
			throw NotFoundException.organization(argument, id);
		}
		return found.get(0);
	}

}
