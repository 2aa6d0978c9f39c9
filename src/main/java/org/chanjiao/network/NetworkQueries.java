package org.chanjiao.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chanjiao.organization.GraphMapping;
import org.chanjiao.organization.OrganizationFields;
import org.chanjiao.organization.Organization;
import org.chanjiao.organization.Relation;
import org.chanjiao.organization.RelationFields;
import org.chanjiao.organization.RelationType;
import org.chanjiao.store.GraphStore;
import org.chanjiao.system.BadArgumentException;
import org.chanjiao.system.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * The network's traversals: neighbourhoods and shortest paths. Only accepted facts count:
 * relationships of the accepted types ({@link org.chanjiao.organization.StoredType}),
 * whose status no statement reads. Each question runs in one read transaction with a
 * bounded number of statements.
 */
@Component
public class NetworkQueries {

	/**
	 * A neighbourhood's relationships in the order Cypher's
	 * {@code ORDER BY type(r), a.name, b.name, r.id} gives: strings by code point, nulls
	 * last.
	 */
	static final Comparator<Relation> RELATION_ORDER = Comparator
		.comparing((Relation r) -> r.type().name(), NetworkQueries::compareCodePoints)
		.thenComparing((r) -> r.from().name(), NetworkQueries::compareCodePoints)
		.thenComparing((r) -> r.to().name(), NetworkQueries::compareCodePoints)
		.thenComparing(Relation::id, NetworkQueries::compareCodePoints);

	private final GraphStore store;

	NetworkQueries(GraphStore store) {
		this.store = store;
	}

	/**
	 * Organisations and the relationships among them.
	 *
	 * @param totalCount how many organisations the neighbourhood holds in all, the centre
	 * included
	 * @param truncated whether {@code nodes} holds fewer than {@code totalCount}
	 */
	public record Subgraph(List<Organization> nodes, List<Relation> relations, int totalCount, boolean truncated) {

		public Subgraph(List<Organization> nodes, List<Relation> relations) {
			this(nodes, relations, nodes.size(), false);
		}

	}

	/** A chain of relationships between two organisations. */
	public record Path(List<Organization> nodes, List<Relation> relations, int length) {
	}

	/**
	 * The organisations within {@code depth} hops of {@code id} (both directions), and
	 * all relationships among them, reading everything of each.
	 * @see #neighborhood(String, int, List, int, OrganizationFields, RelationFields)
	 */
	public Subgraph neighborhood(String id, int depth, List<RelationType> types, int maxNodes) {
		return neighborhood(id, depth, types, maxNodes, OrganizationFields.ALL, RelationFields.ALL, false);
	}

	/**
	 * The organisations within {@code depth} hops of {@code id} (both directions), and,
	 * when {@code relationFields} is given, the relationships among them, in one
	 * statement: a breadth-first expansion that visits every organisation once (the
	 * planner's pruning variable-length expand, so the paths are never enumerated), then
	 * the relationships among the organisations found. Of each organisation it reads what
	 * {@code nodeFields} and the relations' ends need (and its name, by which the nodes
	 * are ordered after the centre); of each relationship what {@code relationFields}
	 * needs (and its id, the last sort key). A neighbourhood of more than
	 * {@code maxNodes} organisations is, when {@code truncate}, cut to the centre and the
	 * first others by name and id: the expansion runs to its end, to count them all, and
	 * of each organisation only its name and id are read on the way, to order them; the
	 * other fields are read of the organisations kept. Otherwise the expansion stops as
	 * soon as it has found too many, and it is an error. Only accepted facts count: the
	 * accepted relationship types ({@link org.chanjiao.organization.StoredType}), whose
	 * status no statement reads.
	 * @param relationFields null when the relations are not wanted: none is read
	 * @throws NotFoundException when no organisation has the id
	 * @throws BadArgumentException when the neighbourhood exceeds {@code maxNodes} and
	 * not {@code truncate}
	 */
	public Subgraph neighborhood(String id, int depth, List<RelationType> types, int maxNodes,
			OrganizationFields nodeFields, RelationFields relationFields, boolean truncate) {
		OrganizationFields read = nodeFields.with("name");
		RelationFields relationRead = (relationFields != null) ? relationFields.with("id") : null;
		if (relationRead != null) {
			read = read.and(relationRead.ends());
		}
		// The type pattern is made of enum names and depth is a validated int (1..limit):
		// neither can be a parameter in a pattern, and neither comes from the user as
		// text.
		String relations = (relationRead == null) ? "" : """
				, COLLECT {
				  UNWIND CASE WHEN count < $maxOthers OR $truncate THEN [c] + others ELSE [] END AS a
				  MATCH (a)-[r:%1$s]->(b:Organization)
				  WHERE b = c OR b IN others
				  RETURN {r: %2$s, start: elementId(a), end: elementId(b)}
				} AS relations""".formatted(RelationType.pattern(types), relationRead.cypher("r"));
		// One breadth-first expansion, whose organisations are counted and, when
		// truncating, ordered by name and id on the way into one list that is then cut:
		// no list of the whole neighbourhood is unwound again (a row per organisation
		// carrying that list made a hub's statement run out of transaction memory).
		String cypher = """
				MATCH (c:Organization {id: $id})
				CALL (c) {
				  MATCH p = (c)-[:%1$s*1..%2$d]-(b:Organization)
				  WHERE all(n IN nodes(p) WHERE n:Organization) AND b <> c
				  WITH DISTINCT b
				  %6$s
				  RETURN count(b) AS count, collect(b)[0..$maxOthers - 1] AS others
				}
				RETURN elementId(c) AS centre, %3$s AS c, count,
				  [b IN others | [elementId(b), %4$s]] AS others%5$s
				""".formatted(RelationType.pattern(types), depth, read.cypher("c"), read.cypher("b"), relations,
				truncate ? "ORDER BY b.name, b.id" : "LIMIT $maxOthers");
		// The centre counts as one of maxNodes.
		Map<String, Object> parameters = Map.of("id", id, "maxOthers", maxNodes, "truncate", truncate);
		return this.store.inRead((tx) -> {
			List<Record> rows = tx.run(cypher, parameters).list();
			if (rows.isEmpty()) {
				throw NotFoundException.organization("id", id);
			}
			Record row = rows.get(0);
			int count = row.get("count").asInt();
			if (count >= maxNodes && !truncate) {
				throw new BadArgumentException("depth", "the neighbourhood of '" + id + "' at depth " + depth
						+ " has more than " + maxNodes
						+ " organisations (chanjiao.limits.max-neighborhood-nodes); ask for a smaller depth or fewer types");
			}
			List<Value> others = row.get("others").asList((v) -> v);
			Map<String, Organization> byElementId = new HashMap<>();
			Organization center = GraphMapping.organization(row.get("c"));
			byElementId.put(row.get("centre").asString(), center);
			List<Organization> nodes = new ArrayList<>(others.size() + 1);
			nodes.add(center);
			List<Organization> rest = new ArrayList<>(others.size());
			for (Value pair : others) {
				Organization organization = GraphMapping.organization(pair.get(1));
				byElementId.put(pair.get(0).asString(), organization);
				rest.add(organization);
			}
			rest.sort(Comparator.comparing(Organization::name).thenComparing(Organization::id));
			nodes.addAll(rest);
			List<Relation> found = new ArrayList<>();
			if (relationRead != null) {
				for (Value relationship : row.get("relations").values()) {
					found.add(GraphMapping.relation(relationship.get("r"),
							byElementId.get(relationship.get("start").asString()),
							byElementId.get(relationship.get("end").asString())));
				}
				// Sorted here rather than in Cypher, where reading both ends' names
				// costs more than the whole expansion.
				found.sort(RELATION_ORDER);
			}
			return new Subgraph(nodes, found, count + 1, count >= maxNodes);
		});
	}

	/**
	 * A shortest path of accepted relationships, in either direction, of at most
	 * {@code maxHops}, reading everything of its organisations and relationships.
	 * @see #shortestPath(String, String, int, OrganizationFields, RelationFields)
	 */
	public Path shortestPath(String from, String to, int maxHops) {
		return shortestPath(from, to, maxHops, OrganizationFields.ALL, RelationFields.ALL);
	}

	/**
	 * A shortest path of accepted relationships, in either direction, of at most
	 * {@code maxHops}; null when there is none. One statement finds both ends and the
	 * path; of its organisations it reads what {@code nodeFields} and the relations' ends
	 * need, of its relationships what {@code relationFields} needs (nothing when null).
	 * @throws NotFoundException when either id is unknown
	 */
	public Path shortestPath(String from, String to, int maxHops, OrganizationFields nodeFields,
			RelationFields relationFields) {
		OrganizationFields read = nodeFields;
		if (relationFields != null && relationFields.ends() != null) {
			read = read.and(relationFields.ends());
		}
		// maxHops is a validated int (1..limit); a variable-length bound cannot be a
		// parameter.
		String cypher = """
				OPTIONAL MATCH (a:Organization {id: $from})
				OPTIONAL MATCH (b:Organization {id: $to})
				RETURN %3$s AS a, b IS NOT NULL AS found, COLLECT {
				  MATCH p = shortestPath((a)-[:%1$s*..%2$d]-(b))
				  WHERE a <> b
				  RETURN {nodes: [n IN nodes(p) | [elementId(n), %4$s]],
				          relations: [r IN relationships(p) | {r: %5$s, start: elementId(startNode(r)), end: elementId(endNode(r))}]}
				} AS paths
				"""
			.formatted(RelationType.pattern(), maxHops, read.cypher("a"), read.cypher("n"),
					(relationFields != null) ? relationFields.cypher("r") : "null");
		return this.store.inRead((tx) -> {
			Record row = tx.run(cypher, Map.of("from", from, "to", to)).single();
			if (row.get("a").isNull()) {
				throw NotFoundException.organization("from", from);
			}
			if (!row.get("found").asBoolean()) {
				throw NotFoundException.organization("to", to);
			}
			if (from.equals(to)) {
				return new Path(List.of(GraphMapping.organization(row.get("a"))), List.of(), 0);
			}
			List<Value> paths = row.get("paths").asList((v) -> v);
			if (paths.isEmpty()) {
				return null;
			}
			Value path = paths.get(0);
			Map<String, Organization> byElementId = new HashMap<>();
			List<Organization> nodes = new ArrayList<>();
			for (Value pair : path.get("nodes").values()) {
				Organization organization = GraphMapping.organization(pair.get(1));
				byElementId.put(pair.get(0).asString(), organization);
				nodes.add(organization);
			}
			List<Relation> relations = new ArrayList<>();
			List<Value> steps = path.get("relations").asList((v) -> v);
			if (relationFields != null) {
				for (Value relationship : steps) {
					relations.add(GraphMapping.relation(relationship.get("r"),
							byElementId.get(relationship.get("start").asString()),
							byElementId.get(relationship.get("end").asString())));
				}
			}
			return new Path(nodes, relations, steps.size());
		});
	}

	private static int compareCodePoints(String a, String b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : 1) : -1;
		}
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

}
